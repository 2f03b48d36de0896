import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { ApiError } from '../app/api-error.ts';
import type { AgencyRecord, Repository, ServiceRecord, ServiceVersionRecord } from '../storage/repository.ts';

/** What the public API returns for a published version. */
export interface PublishedServiceView {
  code: string;
  version: number;
  latestVersion: number;
  state: 'published' | 'retired';
  agency: { code: string; name: { lv: string; en: string } };
  publishedAt: string;
  definition: ServiceDefinition;
}

/**
 * Finds a service that citizens may see: unknown and never-published services are 404 alike (a
 * draft is not public), a retired one is 410 with a clear code.
 */
export async function findPublicService(repo: Repository, code: string): Promise<ServiceRecord> {
  const service = await repo.services.get(code);
  if (!service || service.latestVersion === null) {
    throw new ApiError(404, 'service_not_found', `There is no published service with the code "${code}".`);
  }
  if (service.status === 'retired') {
    throw new ApiError(
      410,
      'service_retired',
      `The service "${code}" has been retired and no longer accepts requests.`,
    );
  }
  return service;
}

export async function findPublishedVersion(
  repo: Repository,
  service: ServiceRecord,
  version: number,
): Promise<ServiceVersionRecord> {
  const latest = service.latestVersion ?? 0;
  if (version > latest) {
    throw new ApiError(
      409,
      'service_not_published',
      `Version ${version} of "${service.code}" is not published.`,
    );
  }
  const record = version >= 1 ? await repo.services.getVersion(service.code, version) : null;
  if (!record)
    throw new ApiError(404, 'version_not_found', `Version ${version} of "${service.code}" does not exist.`);
  return record;
}

export function toPublishedView(
  service: ServiceRecord,
  version: ServiceVersionRecord,
  agency: AgencyRecord,
): PublishedServiceView {
  return {
    code: service.code,
    version: version.version,
    latestVersion: service.latestVersion ?? version.version,
    state: service.status === 'retired' ? 'retired' : 'published',
    agency: { code: agency.code, name: agency.name },
    publishedAt: version.publishedAt,
    definition: version.definition,
  };
}

/**
 * A published version as the public API shows it: the latest when `version` is undefined. Throws
 * the API's errors (404 unknown service, version or agency; 409 not yet published; 410 retired).
 */
export async function loadPublishedView(
  repo: Repository,
  code: string,
  version: number | undefined,
): Promise<PublishedServiceView> {
  const service = await findPublicService(repo, code);
  const record = await findPublishedVersion(repo, service, version ?? service.latestVersion!);
  const agency = await repo.agencies.getById(service.agencyId);
  if (!agency) throw new ApiError(404, 'agency_not_found', 'The owning agency no longer exists.');
  return toPublishedView(service, record, agency);
}
