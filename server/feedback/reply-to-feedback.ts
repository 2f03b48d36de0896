/**
 * The person replies when the agency asked (status awaiting_applicant, issue 7): the reply joins
 * the history and the case goes back to the agency (in_progress). Without a question waiting:
 * 409 reply_not_expected. Idempotent by `Idempotency-Key`.
 */
import { FEEDBACK_LIMITS } from '../../schema/feedback/feedback-model.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { hashRequest } from '../intake/request-hash.ts';
import type { FeedbackEventRecord, FeedbackRecord } from '../storage/feedback-records.ts';
import { requirePlainText } from './plain-text-input.ts';

export async function replyToFeedback(
  deps: AppDeps,
  record: FeedbackRecord,
  input: { body: string },
  actor: string,
  idempotencyKey: string | null,
): Promise<{ event: FeedbackEventRecord; replayed: boolean }> {
  const body = requirePlainText(input.body, FEEDBACK_LIMITS.messageMaxChars, '/body');
  const result = await deps.repo.feedback.append(
    {
      feedbackId: record.id,
      status: 'in_progress',
      source: 'author',
      message: body,
      actor,
      idempotencyKey,
      requestHash: idempotencyKey ? hashRequest({ body }) : null,
      final: false,
      at: deps.clock().toISOString(),
      notifications: [],
    },
    { onlyFrom: ['awaiting_applicant'] },
  );
  if (result.ok) return { event: result.event, replayed: result.replayed };
  switch (result.reason) {
    case 'key_reused':
      throw new ApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different reply. Use a new key for a new reply.',
      );
    case 'not_found':
      throw new ApiError(404, 'feedback_not_found', 'You have no feedback with this number.');
    default:
      throw new ApiError(
        409,
        'reply_not_expected',
        'The agency has not asked you anything about this feedback, so there is nothing to reply to.',
      );
  }
}
