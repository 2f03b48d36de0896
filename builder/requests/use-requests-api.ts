import { useMemo } from 'react';
import { createApiClient } from '../api/api-client.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { createRequestsApi } from './requests-api.ts';

/** The request API with the signed-in staff member's CSRF token. */
export function useRequestsApi() {
  const { session } = useBuilder();
  const token = session.state === 'signed-in' ? session.csrfToken : undefined;
  return useMemo(() => createRequestsApi(createApiClient({ csrfToken: () => token })), [token]);
}

/** Roles whose scopes include `requests:manage` (server/auth/role-scopes.ts). */
const CASE_ROLES = new Set(['case-worker', 'agency-admin']);

export function mayHandleRequests(roles: readonly string[]): boolean {
  return roles.some((r) => CASE_ROLES.has(r));
}
