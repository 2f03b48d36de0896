import { STAFF_ROLES, type StaffRole } from '../identity/eforms-claims.ts';
import type { ApiKeyScope } from '../storage/repository.ts';

/**
 * What each staff role may do, in the vocabulary the routes already check (`requireScope`): a
 * signed-in staff member passes the same checks as an agency's API key with these scopes, and
 * tenancy (own agency only) applies to both alike. The reviewer reads and checks services but
 * changes nothing (role-matrix.test.ts holds every endpoint to this).
 */
export const ROLE_SCOPES: Readonly<Record<StaffRole, readonly ApiKeyScope[]>> = {
  'platform-admin': ['platform:admin', 'keys:manage'],
  'agency-admin': [
    'keys:manage',
    'services:write',
    'submissions:read',
    'requests:manage',
    'deliveries:manage',
  ],
  designer: ['services:write'],
  // Issue 7: the reviewer approves or returns versions submitted for review; nothing else changes.
  reviewer: ['services:read', 'services:review'],
  'case-worker': ['submissions:read', 'requests:manage'],
};

/** Roles that only make sense inside one agency (all but the platform administrator). */
export const AGENCY_ROLES: readonly StaffRole[] = STAFF_ROLES.filter((role) => role !== 'platform-admin');

/**
 * The union of the scopes of `roles`, each once.
 * @example scopesForRoles(['designer', 'case-worker']) // ['services:write', 'submissions:read']
 */
export function scopesForRoles(roles: readonly StaffRole[]): ApiKeyScope[] {
  return [...new Set(roles.flatMap((role) => ROLE_SCOPES[role]))];
}

/** Scopes that include others: whoever may change services may also read them. */
const IMPLIED: Partial<Record<ApiKeyScope, readonly ApiKeyScope[]>> = {
  'services:write': ['services:read'],
};

/**
 * Whether `scopes` grant `scope`, directly or by implication.
 * @example hasScope(['services:write'], 'services:read') // true
 */
export function hasScope(scopes: readonly ApiKeyScope[], scope: ApiKeyScope): boolean {
  return scopes.some((held) => held === scope || IMPLIED[held]?.includes(scope));
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
