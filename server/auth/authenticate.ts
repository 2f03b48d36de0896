import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../app/api-error.ts';
import type { AppEnv } from '../app/app-env.ts';
import type { ApiKeyScope } from '../storage/repository.ts';
import { parseApiKey, secretMatches } from './api-key-secret.ts';
import type { Principal } from './principal.ts';
import { hasScope } from './role-scopes.ts';
import { resolveSession } from './session/user-sessions.ts';

const UNAUTHENTICATED = (message = 'Sign in, or send an API key (Authorization: Bearer efp_...).') =>
  new ApiError(401, 'unauthenticated', message, undefined, { 'WWW-Authenticate': 'Bearer realm="api"' });
const BAD_KEY = () => UNAUTHENTICATED('The API key is malformed, unknown or revoked.');

/**
 * Resolves the caller: an API key (`Authorization: Bearer efp_...`) or a session cookie.
 * A bearer header wins over a cookie, and a header that does not check out is refused outright
 * (a forged key never falls back to anonymous). A session cookie that does not check out makes
 * the caller anonymous and is cleared (user-sessions.ts). No credential: anonymous.
 *
 * @param options.isPassive requests that must not count as activity for the idle time-out.
 */
export function authenticate(
  options: { isPassive?: (c: Context<AppEnv>) => boolean } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', null);
    c.set('session', null);
    const header = c.req.header('authorization');
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const parsed = match ? parseApiKey(match[1]!) : null;
      if (!parsed) throw BAD_KEY();
      const key = await c.get('deps').repo.apiKeys.getByPrefix(parsed.prefix);
      if (!key || key.revokedAt !== null || !secretMatches(parsed.secret, key.secretHash)) throw BAD_KEY();
      c.set('principal', { kind: 'api-key', keyId: key.id, agencyId: key.agencyId, scopes: key.scopes });
      return next();
    }
    const resolved = await resolveSession(c, c.get('deps'), c.get('portal'), {
      passive: options.isPassive?.(c) ?? false,
    });
    if (resolved) {
      c.set('principal', resolved.principal);
      c.set('session', resolved.session);
    }
    return next();
  };
}

/** Route middleware: the caller must be authenticated and hold `scope` (a key's, or a role's). */
export function requireScope(scope: ApiKeyScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw UNAUTHENTICATED();
    if (!hasScope(principal.scopes, scope)) {
      throw new ApiError(
        403,
        'forbidden',
        principal.kind === 'api-key'
          ? `This API key lacks the scope "${scope}".`
          : `Your roles do not allow this (it needs "${scope}").`,
      );
    }
    return next();
  };
}

/**
 * Route middleware for a person's own endpoints (the workplace): a browser session is needed, and
 * it is checked before the request body, so an anonymous caller learns nothing from validation.
 */
export function requireSignedInPerson(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('principal')?.kind !== 'user') throw UNAUTHENTICATED('Sign in first.');
    return next();
  };
}

/**
 * Tenancy: a caller acts only within its own agency. Another agency's resources answer 404, as if
 * they did not exist, so ids cannot be probed. Platform callers (no agency, `platform:admin`) see
 * every agency.
 */
export function canActForAgency(principal: Principal, agencyId: string): boolean {
  return principal.agencyId === null
    ? principal.scopes.includes('platform:admin')
    : principal.agencyId === agencyId;
}

export function authenticatedPrincipal(principal: Principal | null): Principal {
  if (!principal) throw UNAUTHENTICATED();
  return principal;
}
