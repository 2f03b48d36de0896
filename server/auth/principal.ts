import type { ApiKeyScope } from '../storage/repository.ts';

/** Who is calling. Issue 5 adds signed-in users; today callers are agencies' programs with API keys. */
export interface ApiKeyPrincipal {
  kind: 'api-key';
  keyId: string;
  /** Null for a platform key. */
  agencyId: string | null;
  scopes: readonly ApiKeyScope[];
}

export type Principal = ApiKeyPrincipal;

/** A stable id for audit fields such as publishedBy. */
export function principalId(principal: Principal): string {
  return `api-key:${principal.keyId}`;
}
