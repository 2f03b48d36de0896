import { checkDefinition } from '../../schema/check-definition.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { AgencyRecord, Repository } from '../storage/repository.ts';

/** Creates a service from a definition and publishes it as version 1 (seeding and tests). */
export async function publishDefinition(
  repo: Repository,
  agency: AgencyRecord,
  input: ServiceDefinition,
  by: string,
  at: string,
): Promise<number> {
  const stamped = { ...input, agency: agency.code, state: 'draft' as const, version: 1 };
  const checked = checkDefinition(stamped);
  if (!checked.ok) {
    throw new Error(`publishDefinition: ${input.code} is invalid: ${JSON.stringify(checked.issues)}`);
  }
  await repo.services.create({
    code: input.code,
    agencyId: agency.id,
    status: 'draft',
    draft: checked.value,
    draftRevision: 1,
    latestVersion: null,
    createdAt: at,
    updatedAt: at,
  });
  const published = await repo.services.publish(input.code, checked.value, by, at);
  if (!published.ok)
    throw new Error(`publishDefinition: publishing ${input.code} failed: ${published.reason}`);
  return published.version.version;
}
