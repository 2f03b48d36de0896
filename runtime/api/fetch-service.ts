import { isPublishedService, type PublishedService } from './published-service.ts';
import { readApiError } from './read-api-error.ts';

export type ServiceLoad =
  | { kind: 'ok'; service: PublishedService }
  | { kind: 'service-not-found' }
  | { kind: 'version-not-found' }
  | { kind: 'retired' }
  /** Network down, server error or an unexpected answer: worth a retry. */
  | { kind: 'failed' };

/**
 * Loads the published service a deep link names: the latest version, or the pinned one.
 * Each API outcome becomes a page the citizen understands (not found, retired, try again).
 *
 * @example await fetchService('dog-licence', 2) // GET /api/services/dog-licence/versions/2
 */
export async function fetchService(
  code: string,
  version: number | undefined,
  options: { fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<ServiceLoad> {
  const doFetch = options.fetch ?? fetch;
  const base = `/api/services/${encodeURIComponent(code)}`;
  const url = version === undefined ? base : `${base}/versions/${version}`;
  let response: Response;
  try {
    response = await doFetch(url, { headers: { Accept: 'application/json' }, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { kind: 'failed' };
  }
  if (response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    return isPublishedService(body) ? { kind: 'ok', service: body } : { kind: 'failed' };
  }
  const { code: errorCode } = await readApiError(response);
  if (response.status === 410 || errorCode === 'service_retired') return { kind: 'retired' };
  if (errorCode === 'version_not_found') return { kind: 'version-not-found' };
  if (response.status === 404) return { kind: 'service-not-found' };
  return { kind: 'failed' };
}
