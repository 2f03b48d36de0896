/**
 * Events the applicant causes after submitting (an answer, a withdrawal) go to the agency by the
 * same channels as the submission did (issue 6: "the answer reaches the agency by the same
 * channel"): delivery's outbox signs and retries them like the submission itself.
 */
import type { AppDeps } from '../app/app-deps.ts';
import { enqueueSubmissionEvent } from '../delivery/enqueue-event.ts';
import type { SubmissionRecord } from '../storage/repository.ts';

export async function enqueueAgencyEvent(
  deps: Pick<AppDeps, 'repo' | 'clock' | 'logger'>,
  submission: SubmissionRecord,
  eventType: string,
  payload: Record<string, unknown>,
): Promise<void> {
  try {
    await enqueueSubmissionEvent(deps.repo, submission, eventType, payload, deps.clock());
  } catch (error) {
    // What caused the event is stored (and listed for pull); a failed enqueue must not undo it.
    deps.logger.error('agency event not queued for delivery', {
      eventType,
      submissionId: submission.id,
      error: String(error),
    });
  }
}
