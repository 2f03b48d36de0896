import { useMemo } from 'react';
import { type ApiClient, createApiClient } from '../api/api-client.ts';
import { useBuilder } from '../shell/builder-context.tsx';

/**
 * One of the public API's resource clients (`createRequestsApi`, `createFeedbackApi`, ...) with
 * the signed-in staff member's CSRF token. `create` must be a module-level function, so the
 * client is made again only when the token changes.
 */
export function useStaffApi<Api>(create: (client: ApiClient) => Api): Api {
  const { session } = useBuilder();
  const token = session.state === 'signed-in' ? session.csrfToken : undefined;
  return useMemo(() => create(createApiClient({ csrfToken: () => token })), [create, token]);
}
