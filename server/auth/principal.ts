import type { AssuranceLevel } from '../../schema/service-definition.ts';
import type { StaffRole } from '../identity/eforms-claims.ts';
import type { Representation } from '../identity/representation-claim.ts';
import type { ApiKeyScope } from '../storage/repository.ts';

/** Who is calling: an agency's program with an API key, or a person signed in through a portal. */
export interface ApiKeyPrincipal {
  kind: 'api-key';
  keyId: string;
  /** Null for a platform key. */
  agencyId: string | null;
  scopes: readonly ApiKeyScope[];
}

/**
 * A person with a browser session (issue 5). Citizens have no roles and no scopes; staff get the
 * scopes of their roles (role-scopes.ts), so every `requireScope` check works for them as it
 * does for keys, and they act only within `agencyId`.
 */
export interface UserPrincipal {
  kind: 'user';
  /** The session's stored id (the SHA-256 of its cookie token, never the token). */
  sessionId: string;
  /** The provider's `sub`. */
  subject: string;
  /** Hyphenated Latvian personal code. */
  personalCode: string;
  givenName: string;
  familyName: string;
  assurance: AssuranceLevel;
  /** Effective roles: the provider's claims plus the agency's assignments. */
  roles: StaffRole[];
  /** The agency the staff member works in; null for citizens and the platform administrator. */
  agencyId: string | null;
  /** Parties the person may act for (companies, grantors of a power of attorney). */
  representations: Representation[];
  /** Derived from `roles`; what `requireScope` checks. */
  scopes: readonly ApiKeyScope[];
}

export type Principal = ApiKeyPrincipal | UserPrincipal;

/** A stable id for audit fields such as publishedBy. */
export function principalId(principal: Principal): string {
  return principal.kind === 'api-key' ? `api-key:${principal.keyId}` : `user:${principal.subject}`;
}
