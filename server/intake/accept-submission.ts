import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { ValidatorCache } from '../../schema/validator-cache.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { findPublicService, findPublishedVersion } from '../registry/published-service.ts';
import { DuplicateError, type SubmissionRecord } from '../storage/repository.ts';
import type { RepresentedParty } from '../storage/represented-party.ts';
import type { PublishedVersionCache } from './published-version-cache.ts';
import { createReferenceNumber } from './reference-number.ts';
import { hashRequest } from './request-hash.ts';

export interface SubmissionInput {
  serviceCode: string;
  version: number | undefined;
  data: Record<string, unknown>;
  idempotencyKey: string | null;
  /**
   * Who may submit, checked against the exact published version before anything else (issue 5:
   * access, assurance, identity prefill, acting on behalf); throws an ApiError to refuse.
   */
  authorize?: (definition: ServiceDefinition) => { represented: RepresentedParty | null };
  /** The signed-in person submitting (their workplace lists the request); null when anonymous. */
  applicant?: { subject: string; personalCode: string; name: string } | null;
}

/**
 * Intake: find the published version, validate with the shared validator, store durably.
 * The promise resolves only after the row is committed, so a 201 always means "kept".
 */
export async function acceptSubmission(
  deps: AppDeps,
  validators: ValidatorCache,
  input: SubmissionInput,
  versions?: PublishedVersionCache,
): Promise<{ record: SubmissionRecord; replayed: boolean }> {
  const service = await findPublicService(deps.repo, input.serviceCode);
  const versionNumber = input.version ?? service.latestVersion!;
  const version = versions
    ? await versions.get(deps.repo, service, versionNumber)
    : await findPublishedVersion(deps.repo, service, versionNumber);
  const identity = input.authorize?.(version.definition) ?? { represented: null };
  const validate = validators.get(`${service.code}@${version.version}`, version.definition.form.schema);
  const result = validate(input.data);
  if (!result.ok) {
    throw new ApiError(422, 'validation_failed', 'Some answers need correcting.', result.issues);
  }
  const requestHash = input.idempotencyKey
    ? hashRequest({
        version: version.version,
        data: input.data,
        ...(identity.represented ? { represented: identity.represented } : {}),
      })
    : null;
  for (let attempt = 0; ; attempt += 1) {
    const record: SubmissionRecord = {
      id: crypto.randomUUID(),
      reference: createReferenceNumber(deps.randomBytes),
      serviceCode: service.code,
      version: version.version,
      agencyId: service.agencyId,
      data: input.data,
      idempotencyKey: input.idempotencyKey,
      requestHash,
      represented: identity.represented,
      applicantSubject: input.applicant?.subject ?? null,
      applicantPersonalCode: input.applicant?.personalCode ?? null,
      applicantName: input.applicant?.name ?? null,
      createdAt: deps.clock().toISOString(),
    };
    try {
      const stored = await deps.repo.submissions.insert(record);
      if (stored.created) return { record: stored.record, replayed: false };
      if (stored.existing.requestHash !== requestHash) {
        throw new ApiError(
          422,
          'idempotency_key_reused',
          'This Idempotency-Key was already used for a different submission. Use a new key for a new submission.',
        );
      }
      return { record: stored.existing, replayed: true };
    } catch (err) {
      // A reference collision (2^-60 per pair) is retried with a fresh reference, once or twice.
      if (err instanceof DuplicateError && attempt < 2) continue;
      throw err;
    }
  }
}
