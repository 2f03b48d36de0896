import { ApiError } from '../app/api-error.ts';
import { canActForAgency } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';
import type { Repository, ServiceRecord } from '../storage/repository.ts';

/**
 * Loads a service the caller may manage. Another agency's service answers exactly like a missing
 * one (404), so callers cannot learn which codes other agencies use.
 */
export async function findOwnService(
  repo: Repository,
  principal: Principal,
  code: string,
): Promise<ServiceRecord> {
  const service = await repo.services.get(code);
  if (!service || !canActForAgency(principal, service.agencyId)) {
    throw new ApiError(
      404,
      'service_not_found',
      `There is no service with the code "${code}" in your agency.`,
    );
  }
  return service;
}
