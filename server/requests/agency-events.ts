/**
 * Events the applicant causes after submitting (an answer, a withdrawal) go to the agency's
 * active webhook endpoints through the delivery outbox: signed and retried like the submission
 * itself (issue 6: "the answer reaches the agency by the same channel").
 */
import type { AppDeps } from '../app/app-deps.ts';
import type { SubmissionRecord } from '../storage/repository.ts';

export async function enqueueAgencyEvent(
  deps: Pick<AppDeps, 'repo' | 'clock' | 'logger'>,
  submission: SubmissionRecord,
  eventType: string,
  payload: Record<string, unknown>,
): Promise<void> {
  try {
    const endpoints = (await deps.repo.delivery.listEndpoints(submission.agencyId)).filter(
      (e) =>
        e.state === 'active' && (e.serviceCodes === null || e.serviceCodes.includes(submission.serviceCode)),
    );
    if (endpoints.length === 0) return;
    const at = deps.clock().toISOString();
    await deps.repo.delivery.enqueue(
      endpoints.map((e) => ({
        submissionId: submission.id,
        agencyId: submission.agencyId,
        channel: 'webhook' as const,
        endpointId: e.id,
        eventType,
        payload,
        at,
      })),
    );
  } catch (error) {
    // What caused the event is stored (and listed for pull); a failed enqueue must not undo it.
    deps.logger.error('agency event not queued for delivery', {
      eventType,
      submissionId: submission.id,
      error: String(error),
    });
  }
}
