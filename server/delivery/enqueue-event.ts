import type { DeliveryJobRecord, NewDeliveryJob } from '../storage/delivery-records.ts';
import { wantsEAddress } from '../storage/outbox-jobs.ts';
import type { Repository, SubmissionRecord } from '../storage/repository.ts';

/**
 * Queues a later event about a submission (e.g. `request.message`: the applicant answered the
 * agency's question) on the same channels its submission went by: every active webhook endpoint
 * of the agency whose service filter matches, and the e-address when the service uses it. The
 * payload is merged into the delivery's `data` beside the reference (delivery-payload.ts); the
 * worker is woken at once.
 *
 * @example
 * await enqueueSubmissionEvent(repo, submission, 'request.message', { messageId, text }, clock());
 */
export async function enqueueSubmissionEvent(
  repo: Repository,
  submission: SubmissionRecord,
  eventType: string,
  payload: Record<string, unknown>,
  at: Date,
): Promise<DeliveryJobRecord[]> {
  const base = {
    submissionId: submission.id,
    agencyId: submission.agencyId,
    eventType,
    payload,
    at: at.toISOString(),
  };
  const endpoints = await repo.delivery.listEndpoints(submission.agencyId);
  const jobs: NewDeliveryJob[] = endpoints
    .filter(
      (e) =>
        e.state === 'active' && (e.serviceCodes === null || e.serviceCodes.includes(submission.serviceCode)),
    )
    .map((e) => ({ ...base, channel: 'webhook', endpointId: e.id }));
  const version = await repo.services.getVersion(submission.serviceCode, submission.version);
  if (wantsEAddress(version?.definition)) jobs.push({ ...base, channel: 'e-address', endpointId: null });
  return repo.delivery.enqueue(jobs);
}
