import { ApiError } from '../../app/api-error.ts';
import { authenticatedPrincipal } from '../../auth/authenticate.ts';
import type { Principal } from '../../auth/principal.ts';

/** Delivery settings belong to one agency: the caller must act for one (platform keys get 403). */
export function callerAgencyId(principal: Principal | null): string {
  const caller = authenticatedPrincipal(principal);
  if (caller.agencyId === null) {
    throw new ApiError(
      403,
      'forbidden',
      'Deliveries are managed by their agency; use an agency key or account.',
    );
  }
  return caller.agencyId;
}
