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
    /** Who the request is about and who filled it, when the submission records them. */
    subject?: unknown;
    actor?: unknown;
    /** Event-specific fields (e.g. a `request.message`). */
    [key: string]: unknown;
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

export function buildDeliveryPayload(job: DeliveryJobRecord, submission: SubmissionRecord): DeliveryPayload {
  const base = {
    reference: submission.reference,
    serviceCode: submission.serviceCode,
    definitionVersion: submission.version,
    submittedAt: submission.createdAt,
    ...peopleOf(submission),
  };
  if (job.payload === null) {
    return { type: job.eventType, timestamp: job.createdAt, data: { ...base, data: submission.data } };
  }
  return { type: job.eventType, timestamp: job.createdAt, data: { ...base, ...job.payload } };
}
