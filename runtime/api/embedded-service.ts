import { EMBEDDED_SERVICE_ID } from '../../schema/embedded-page-data.ts';
import { isPublishedService, type PublishedService } from './published-service.ts';
import { readEmbeddedJson } from './read-embedded-json.ts';

/**
 * The published version the server embedded in the form page (server/static/), when it is the
 * one this address asks for: the page then starts without fetching the definition (issue 4,
 * time to ready). Undefined when there is none, it is for another address, or it is unreadable;
 * the runtime then asks the API as before.
 *
 * @example readEmbeddedService(document, 'dog-licence', undefined) // the latest version, if embedded
 */
export function readEmbeddedService(
  page: Pick<Document, 'getElementById'>,
  code: string,
  version: number | undefined,
): PublishedService | undefined {
  const value = readEmbeddedJson(page, EMBEDDED_SERVICE_ID);
  if (!isPublishedService(value) || value.code !== code) return undefined;
  return version === undefined || value.version === version ? value : undefined;
}
