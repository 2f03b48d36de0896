/** `GET /api/session` (server/routes/auth/session-routes.ts), as the runtime reads it. */
export type RepresentationView =
  | { kind: 'company'; personalCode: string; registrationNumber: string }
  | { kind: 'person'; grantorPersonalCode: string; personalCode: string };

export interface SignedInSession {
  authenticated: true;
  user: {
    subject: string;
    personalCode: string;
    givenName: string;
    familyName: string;
    assurance: 'low' | 'substantial' | 'high';
  };
  representations: RepresentationView[];
  csrfToken: string;
  idleExpiresAt: string;
  /** How long the session lasts without activity. */
  idleTimeoutSeconds?: number;
  absoluteExpiresAt: string;
}

export type SessionView = { authenticated: false } | SignedInSession;

export interface SessionRead {
  session: SessionView;
  /** Server clock minus browser clock (ms), from the response's Date header; 0 when absent. */
  skewMs: number;
}

/** The header the server checks on every state-changing request made with the session cookie. */
export const CSRF_HEADER = 'X-CSRF-Token';

function isSession(value: unknown): value is SessionView {
  const body = value as
    | ({ authenticated?: boolean } & Partial<Omit<SignedInSession, 'authenticated'>>)
    | null;
  if (typeof body !== 'object' || body === null) return false;
  if (body.authenticated === false) return true;
  return (
    body.authenticated === true &&
    typeof body.csrfToken === 'string' &&
    typeof body.idleExpiresAt === 'string' &&
    typeof body.user?.personalCode === 'string' &&
    Array.isArray(body.representations)
  );
}

function skewOf(response: Response, now: number): number {
  const date = Date.parse(response.headers.get('date') ?? '');
  return Number.isFinite(date) ? date - now : 0;
}

async function readSession(response: Response, now: number): Promise<SessionRead> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok || !isSession(body)) throw new Error(`session: unexpected answer ${response.status}`);
  return { session: body, skewMs: skewOf(response, now) };
}

/**
 * Who is signed in on this portal. Reading it does not count as activity on the server, so
 * the time-out warning may call it to see whether activity elsewhere moved the expiry.
 */
export async function fetchSession(options: { fetch?: typeof fetch } = {}): Promise<SessionRead> {
  const doFetch = options.fetch ?? fetch;
  const now = Date.now();
  const response = await doFetch('/api/session', {
    headers: { Accept: 'application/json' },
    cache: 'no-store',
  });
  return readSession(response, now);
}

/** "Stay signed in": restarts the idle time-out (a POST, so it carries the CSRF token). */
export async function extendSession(
  csrfToken: string,
  options: { fetch?: typeof fetch } = {},
): Promise<SessionRead> {
  const doFetch = options.fetch ?? fetch;
  const now = Date.now();
  const response = await doFetch('/api/session/extend', {
    method: 'POST',
    headers: { Accept: 'application/json', [CSRF_HEADER]: csrfToken },
  });
  return readSession(response, now);
}

/**
 * Where the sign-in button sends the browser: the server's sign-in with the page to come back
 * to (path and query, so a deep link's `?version=` and prefill parameters survive the round trip;
 * the server accepts only paths on this portal).
 * @example signInHref('/services/permit/apply?version=2') // '/auth/login?returnTo=%2Fservices%2Fpermit%2Fapply%3Fversion%3D2'
 */
export function signInHref(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
