import { STAFF_ROLES, type StaffRole } from '../identity/eforms-claims.ts';
import type { ApiKeyScope } from '../storage/repository.ts';

/**
 * What each staff role may do, in the vocabulary the routes already check (`requireScope`): a
 * signed-in staff member passes the same checks as an agency's API key with these scopes, and
 * tenancy (own agency only) applies to both alike.
 *
 * The reviewer has `services:write` for now: there is no read-only scope for services yet, and
 * splitting one out is a change to the service routes (see the issue 5 note).
 */
export const ROLE_SCOPES: Readonly<Record<StaffRole, readonly ApiKeyScope[]>> = {
  'platform-admin': ['platform:admin', 'keys:manage'],
  'agency-admin': ['keys:manage', 'services:write', 'submissions:read', 'requests:manage'],
  designer: ['services:write'],
  reviewer: ['services:write'],
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

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
