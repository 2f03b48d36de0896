/** Roles whose scopes include `requests:manage` (server/auth/role-scopes.ts). */
const CASE_ROLES = new Set(['case-worker', 'agency-admin']);

/** Whether a staff member may handle requests and feedback (the case screens). */
export function mayHandleCases(roles: readonly string[]): boolean {
  return roles.some((r) => CASE_ROLES.has(r));
}
