/**
 * Which delivery jobs a new submission gets (the transactional outbox, issue 6): one per active
 * webhook endpoint of the agency whose service filter lets the service through, and one
 * e-address job when the service's `settings.delivery` names the e-address channel. Pure, so
 * both engines decide alike; they call it inside the transaction that inserts the submission.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { DeliveryJobRecord, NewDeliveryJob } from './delivery-records.ts';
import type { SubmissionRecord } from './repository.ts';

export const SUBMISSION_CREATED = 'submission.created';

/** `msg_` + 26 base32 characters (128 bits): the Standard Webhooks message id, kept across retries. */
export function createMessageId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = randomBytes(26);
  let id = 'msg_';
  for (const byte of bytes) id += alphabet[byte & 31];
  return id;
}

export function buildJob(job: NewDeliveryJob): DeliveryJobRecord {
  return {
    id: randomUUID(),
    messageId: createMessageId(),
    submissionId: job.submissionId,
    agencyId: job.agencyId,
    channel: job.channel,
    endpointId: job.endpointId,
    eventType: job.eventType,
    payload: job.payload,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: job.at,
    leaseOwner: null,
    leaseExpiresAt: null,
    lastError: null,
    createdAt: job.at,
    deliveredAt: null,
  };
}

/** Does the service's definition ask for the e-address channel? */
export function wantsEAddress(definition: Pick<ServiceDefinition, 'settings'> | null | undefined): boolean {
  return definition?.settings?.delivery?.some((ref) => ref.channel === 'e-address') ?? false;
}

export function outboxJobsFor(
  submission: SubmissionRecord,
  endpoints: ReadonlyArray<{ id: string; serviceCodes: string[] | null }>,
  eAddress: boolean,
): DeliveryJobRecord[] {
  const base = {
    submissionId: submission.id,
    agencyId: submission.agencyId,
    eventType: SUBMISSION_CREATED,
    payload: null,
    at: submission.createdAt,
  };
  const jobs = endpoints
    .filter((e) => e.serviceCodes === null || e.serviceCodes.includes(submission.serviceCode))
    .map((e) => buildJob({ ...base, channel: 'webhook', endpointId: e.id }));
  if (eAddress) jobs.push(buildJob({ ...base, channel: 'e-address', endpointId: null }));
  return jobs;
}
