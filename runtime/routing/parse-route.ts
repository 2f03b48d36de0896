import { SERVICE_CODE_PATTERN } from '../../schema/service-definition.ts';

/** The pages the citizen runtime knows. Later issues add more (resume, status) as new variants. */
export type Route =
  | { page: 'home' }
  | {
      page: 'apply';
      code: string;
      /** A pinned version from `?version=N`; absent means the latest published one. */
      version?: number;
      /** The other query parameters (first value of each), for prefill rules of kind `url`. */
      params: Record<string, string>;
    }
  | { page: 'done'; code: string }
  | { page: 'not-found' };

const APPLY_PATH = /^\/services\/([^/]+)\/apply(\/done)?\/?$/;
const POSITIVE_INTEGER = /^[1-9][0-9]{0,8}$/;

/**
 * Turns a URL's path and query into a route. Deep links (P4) are published in catalogues, so a
 * malformed one is answered with the not-found page rather than a guess: a `?version=` that is
 * not a positive whole number would otherwise silently show a different version than pinned.
 *
 * @example parseRoute('/services/dog-licence/apply', '?version=2&owner=Anna')
 *   // { page: 'apply', code: 'dog-licence', version: 2, params: { owner: 'Anna' } }
 */
export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const match = APPLY_PATH.exec(pathname);
  if (!match) return { page: 'not-found' };
  const code = safeDecode(match[1] ?? '');
  if (code === undefined || !SERVICE_CODE_PATTERN.test(code)) return { page: 'not-found' };
  if (match[2]) return { page: 'done', code };

  const query = new URLSearchParams(search);
  const params: Record<string, string> = {};
  for (const [key, value] of query) {
    if (key !== 'version' && !Object.hasOwn(params, key)) params[key] = value;
  }
  const version = query.get('version');
  if (version === null) return { page: 'apply', code, params };
  if (!POSITIVE_INTEGER.test(version)) return { page: 'not-found' };
  return { page: 'apply', code, version: Number(version), params };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The path of a service's form, the deep link that catalogues publish (P4). */
export function applyPath(code: string): string {
  return `/services/${encodeURIComponent(code)}/apply`;
}

/** The path of the confirmation page that follows a successful submission. */
export function donePath(code: string): string {
  return `${applyPath(code)}/done`;
}
