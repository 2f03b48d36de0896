import type { AttachmentMeta } from '../storage/attachment-records.ts';
import type { DeliveryJobRecord } from '../storage/delivery-records.ts';
import type { SubmissionRecord } from '../storage/repository.ts';

/**
 * The body of every delivery (webhook and e-address alike), in the Standard Webhooks envelope
 * `{ type, timestamp, data }`. Built from stored rows only, and with the job's creation time as
 * `timestamp`, so every retry and replay of a message carries the same bytes (documented in the
 * OpenAPI document as `DeliveryPayload`).
 */
export interface DeliveryPayload {
  type: string;
  timestamp: string;
  data: {
    reference: string;
    serviceCode: string;
    /** The published definition version the applicant filled. */
    definitionVersion: number;
    submittedAt: string;
    /** The form data. */
    data?: Record<string, unknown>;
    /** The files the form data names (by id in the file fields), with where the agency fetches each. */
    attachments?: DeliveryAttachment[];
    /** Who the request is about and who filled it, when the submission records them. */
    subject?: unknown;
    actor?: unknown;
    /** Event-specific fields (e.g. a `request.message`). */
    [key: string]: unknown;
  };
}

/**
 * A file bound to the submission. `href` is the agency API's download (same API key, answers with
 * `Repr-Digest`), relative to the API's base URL: no expiring link, so every retry of a message
 * carries the same bytes and a late replay still points at the file.
 */
export interface DeliveryAttachment {
  id: string;
  /** The file field's data path, e.g. `/documents`. */
  field: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  /** Hex SHA-512 of the content. */
  sha512: string;
  href: string;
}

export function toDeliveryAttachment(reference: string, file: AttachmentMeta): DeliveryAttachment {
  return {
    id: file.id,
    field: file.field,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha512: file.sha512,
    href: `/api/submissions/${encodeURIComponent(reference)}/attachments/${encodeURIComponent(file.id)}`,
  };
}

/**
 * Who acted (the signed-in applicant) and whom the request is about: the represented company or
 * grantor when the applicant acted on someone's behalf (issue 5), else the applicant. Absent for
 * anonymous submissions.
 */
function peopleOf(submission: SubmissionRecord) {
  const actor = submission.applicantPersonalCode
    ? {
        kind: 'person' as const,
        code: submission.applicantPersonalCode,
        name: submission.applicantName ?? null,
        subject: submission.applicantSubject ?? null,
      }
    : null;
  const subject = submission.represented ?? actor;
  return { ...(subject ? { subject } : {}), ...(actor ? { actor } : {}) };
}

/**
 * @param files the submission's bound files (listed for `submission.created` only), oldest first
 */
export function buildDeliveryPayload(
  job: DeliveryJobRecord,
  submission: SubmissionRecord,
  files: readonly AttachmentMeta[] = [],
): DeliveryPayload {
  const base = {
    reference: submission.reference,
    serviceCode: submission.serviceCode,
    definitionVersion: submission.version,
    submittedAt: submission.createdAt,
    ...peopleOf(submission),
  };
  if (job.payload === null) {
    const attachments = files.map((file) => toDeliveryAttachment(submission.reference, file));
    return {
      type: job.eventType,
      timestamp: job.createdAt,
      data: { ...base, data: submission.data, ...(attachments.length > 0 ? { attachments } : {}) },
    };
  }
  return { type: job.eventType, timestamp: job.createdAt, data: { ...base, ...job.payload } };
}
