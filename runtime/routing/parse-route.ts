import { SERVICE_CODE_PATTERN } from '../../schema/service-definition.ts';
import { type CatalogueRoute, parseCatalogueRoute } from '../catalogue/parse-catalogue-route.ts';

/** Where in a form the citizen is: a step (1-based, as people count) or the "check your answers" page. */
export type FormPosition = number | 'check';

/** The pages the citizen runtime knows. Later issues add more (resume, status) as new variants. */
export type Route =
  | { page: 'home' }
  | {
      page: 'apply';
      code: string;
      /** A pinned version from `?version=N`; absent means the latest published one. */
      version?: number;
      /**
       * `?step=2` or `?step=check`, so Back/Forward and a reload keep the citizen's place. Absent,
       * or not a step at all, means the first step: a mistyped step is not worth an error page.
       */
      step?: FormPosition;
      /** The other query parameters (first value of each), for prefill rules of kind `url`. */
      params: Record<string, string>;
    }
  | { page: 'done'; code: string }
  /** The citizen's workplace (issue 6): their requests, and one request. */
  | { page: 'my' }
  | { page: 'my-request'; reference: string }
  /** Feedback (issue 7): the form, about a service (`?service=`) or the platform; one's own feedback. */
  | { page: 'feedback'; service?: string }
  | { page: 'my-feedback'; reference: string }
  /** What the capturing mail and SMS simulators kept (development). */
  | { page: 'dev-mail' }
  /** The catalogue (issue 7): a service's page, a life situation. */
  | CatalogueRoute
  | { page: 'not-found' };

const APPLY_PATH = /^\/services\/([^/]+)\/apply(\/done)?\/?$/;
const POSITIVE_INTEGER = /^[1-9][0-9]{0,8}$/;
const STEP_NUMBER = /^[1-9][0-9]{0,2}$/;
const RESERVED_PARAMS = new Set(['version', 'step']);

function readStep(raw: string | null): FormPosition | undefined {
  if (raw === 'check') return 'check';
  return raw !== null && STEP_NUMBER.test(raw) ? Number(raw) : undefined;
}

/**
 * Turns a URL's path and query into a route. Deep links (P4) are published in catalogues, so a
 * malformed one is answered with the not-found page rather than a guess: a `?version=` that is
 * not a positive whole number would otherwise silently show a different version than pinned.
 *
 * @example parseRoute('/services/dog-licence/apply', '?version=2&step=2&owner=Anna')
 *   // { page: 'apply', code: 'dog-licence', version: 2, step: 2, params: { owner: 'Anna' } }
 */
export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const workplace = parseWorkplaceRoute(pathname);
  if (workplace) return workplace;
  if (pathname === '/feedback' || pathname === '/feedback/') {
    const service = new URLSearchParams(search).get('service');
    if (service === null) return { page: 'feedback' };
    return SERVICE_CODE_PATTERN.test(service) ? { page: 'feedback', service } : { page: 'not-found' };
  }
  const catalogue = parseCatalogueRoute(pathname);
  if (catalogue) return catalogue;
  const match = APPLY_PATH.exec(pathname);
  if (!match) return { page: 'not-found' };
  const code = safeDecode(match[1] ?? '');
  if (code === undefined || !SERVICE_CODE_PATTERN.test(code)) return { page: 'not-found' };
  if (match[2]) return { page: 'done', code };

  const query = new URLSearchParams(search);
  const params: Record<string, string> = {};
  for (const [key, value] of query) {
    if (!RESERVED_PARAMS.has(key) && !Object.hasOwn(params, key)) params[key] = value;
  }
  const route: Route = { page: 'apply', code, params };
  const step = readStep(query.get('step'));
  if (step !== undefined) route.step = step;
  const version = query.get('version');
  if (version === null) return route;
  if (!POSITIVE_INTEGER.test(version)) return { page: 'not-found' };
  return { ...route, version: Number(version) };
}

const MY_REQUEST_PATH = /^\/my\/requests\/([A-Za-z0-9-]{1,40})\/?$/;
const MY_FEEDBACK_PATH = /^\/my\/feedback\/([A-Za-z0-9-]{1,40})\/?$/;

function parseWorkplaceRoute(pathname: string): Route | undefined {
  if (pathname === '/my' || pathname === '/my/') return { page: 'my' };
  if (pathname === '/dev/mail' || pathname === '/dev/mail/') return { page: 'dev-mail' };
  const match = MY_REQUEST_PATH.exec(pathname);
  if (match) return { page: 'my-request', reference: match[1]! };
  const feedback = MY_FEEDBACK_PATH.exec(pathname);
  if (feedback) return { page: 'my-feedback', reference: feedback[1]! };
  return pathname.startsWith('/my/') ? { page: 'not-found' } : undefined;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The path of a service's form, the deep link that catalogues publish (P4), optionally at a
 * pinned version and a position inside the form (step 1 is the plain link).
 *
 * @example applyPath('dog-licence', { version: 2, step: 'check' }) // '/services/dog-licence/apply?version=2&step=check'
 */
export function applyPath(code: string, at: { version?: number; step?: FormPosition } = {}): string {
  const query = new URLSearchParams();
  if (at.version !== undefined) query.set('version', String(at.version));
  if (at.step !== undefined && at.step !== 1) query.set('step', String(at.step));
  const search = query.toString();
  return `/services/${encodeURIComponent(code)}/apply${search ? `?${search}` : ''}`;
}

/** The path of the confirmation page that follows a successful submission. */
export function donePath(code: string): string {
  return `/services/${encodeURIComponent(code)}/apply/done`;
}
