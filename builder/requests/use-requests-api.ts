import { useStaffApi } from '../cases/use-staff-api.ts';
import { createRequestsApi } from './requests-api.ts';

/** The request API with the signed-in staff member's CSRF token. */
export function useRequestsApi() {
  return useStaffApi(createRequestsApi);
}
