import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../app/api-error.ts';
import type { AppEnv } from '../app/app-env.ts';
import type { ApiKeyScope } from '../storage/repository.ts';
import { parseApiKey, secretMatches } from './api-key-secret.ts';
import type { Principal } from './principal.ts';

const UNAUTHENTICATED = () =>
  new ApiError(401, 'unauthenticated', 'The API key is missing, malformed, unknown or revoked.', undefined, {
    'WWW-Authenticate': 'Bearer realm="api"',
  });

/**
 * Resolves the caller from `Authorization: Bearer efp_...`. No header means an anonymous caller;
 * a header that does not check out is refused outright (a forged key never falls back to anonymous).
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      c.set('principal', null);
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const parsed = match ? parseApiKey(match[1]!) : null;
    if (!parsed) throw UNAUTHENTICATED();
    const key = await c.get('deps').repo.apiKeys.getByPrefix(parsed.prefix);
    if (!key || key.revokedAt !== null || !secretMatches(parsed.secret, key.secretHash))
      throw UNAUTHENTICATED();
    c.set('principal', { kind: 'api-key', keyId: key.id, agencyId: key.agencyId, scopes: key.scopes });
    return next();
  };
}

/** Route middleware: the caller must be authenticated and hold `scope`. */
export function requireScope(scope: ApiKeyScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw UNAUTHENTICATED();
    if (!principal.scopes.includes(scope)) {
      throw new ApiError(403, 'forbidden', `This API key lacks the scope "${scope}".`);
    }
    return next();
  };
}

/**
 * Tenancy: a caller acts only within its own agency. Another agency's resources answer 404, as if
 * they did not exist, so ids cannot be probed. Platform keys (no agency) see every agency.
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
