import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../app/api-error.ts';
import type { AppEnv } from '../app/app-env.ts';
import { secretsEqual } from './session/session-token.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The header a browser app sends with every state-changing request it makes with a cookie. */
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Why a cookie-authenticated state-changing request is refused, or null when it may proceed.
 * Two independent checks (OWASP CSRF cheat sheet): the synchroniser token that only a page of
 * our own origin can read (from GET /api/session), compared in constant time; and, when the
 * browser sends Origin, that it is exactly this portal's origin. `submittedToken` lets a plain
 * HTML form (sign-out) send the token as a field instead of the header.
 */
export function csrfProblem(c: Context<AppEnv>, submittedToken?: string): string | null {
  const session = c.get('session');
  if (!session || !STATE_CHANGING.has(c.req.method)) return null;
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== c.get('portal').origin) {
    return 'The request comes from another site.';
  }
  const token = c.req.header(CSRF_HEADER) ?? submittedToken;
  if (!token || !secretsEqual(token, session.csrfToken)) {
    return `The ${CSRF_HEADER} header is missing or does not match this session.`;
  }
  return null;
}

/**
 * Refuses cookie-authenticated state-changing API requests without a valid CSRF token and origin
 * (403 csrf_failed). API-key requests carry no ambient credential and are exempt, and anonymous
 * requests (no session) have nothing to forge. Runs after `authenticate`.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const problem = csrfProblem(c);
    if (problem) throw new ApiError(403, 'csrf_failed', `${problem} Reload the page and try again.`);
    return next();
  };
}
