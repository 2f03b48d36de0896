import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { ValidatorCache } from '../../schema/validator-cache.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { createToken, hashToken } from '../attachments/attachment-token.ts';
import { checkSubmissionAttachments } from '../attachments/check-submission-attachments.ts';
import { findPublicService, findPublishedVersion } from '../registry/published-service.ts';
import { AttachmentBindError } from '../storage/attachment-records.ts';
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
): Promise<{ record: SubmissionRecord; replayed: boolean; receiptToken: string }> {
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
  // Attachments (issue 4): the files the data names, checked now and bound in the insert.
  const bindAttachments = await checkSubmissionAttachments(
    deps,
    service.code,
    version.definition,
    input.data,
  );
  // Receipt (issue 4): whoever submitted may download the receipt with this token.
  const receiptToken = createToken('rcpt', deps.randomBytes);
  const receiptTokenHash = hashToken('rcpt', receiptToken)!;
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
      const stored = await deps.repo.submissions.insert(record, { bindAttachments, receiptTokenHash });
      if (stored.created) return { record: stored.record, replayed: false, receiptToken };
      if (stored.existing.requestHash !== requestHash) {
        throw new ApiError(
          422,
          'idempotency_key_reused',
          'This Idempotency-Key was already used for a different submission. Use a new key for a new submission.',
        );
      }
      await deps.repo.attachments.addReceipt({
        tokenHash: receiptTokenHash,
        submissionId: stored.existing.id,
        createdAt: record.createdAt,
      });
      return { record: stored.existing, replayed: true, receiptToken };
    } catch (err) {
      if (err instanceof AttachmentBindError) {
        throw new ApiError(
          409,
          'attachment_already_used',
          'An attached file was already sent with another application. Upload it again.',
        );
      }
      // A reference collision (2^-60 per pair) is retried with a fresh reference, once or twice.
      if (err instanceof DuplicateError && attempt < 2) continue;
      throw err;
    }
  }
}
