import { EMBEDDED_SESSION_ID } from '../../schema/embedded-page-data.ts';
import { readEmbeddedJson } from '../api/read-embedded-json.ts';
import type { SessionRead } from './session-api.ts';

/**
 * The session the server embedded in the page (server/static/): only ever "nobody is signed in",
 * for a visitor who came without a session cookie, so the form page need not ask before it shows
 * (issue 4, time to ready). Undefined otherwise; the runtime then asks `GET /api/session`.
 *
 * @example readEmbeddedSession(document) // { session: { authenticated: false }, skewMs: 0 } or undefined
 */
export function readEmbeddedSession(page: Pick<Document, 'getElementById'>): SessionRead | undefined {
  const value = readEmbeddedJson(page, EMBEDDED_SESSION_ID);
  const anonymous =
    typeof value === 'object' &&
    value !== null &&
    (value as { authenticated?: unknown }).authenticated === false;
  return anonymous ? { session: { authenticated: false }, skewMs: 0 } : undefined;
}
