/**
 * The agency's side (issue 7): a case worker or the agency's system sets a status with an optional
 * message to the person (an answer, or a question that waits for their reply). Closing
 * (completed, rejected) and asking need a message; the person is told when there is a message or
 * the case closes, through the notification outbox. Idempotent by `Idempotency-Key` like request
 * status changes.
 */
import {
  FEEDBACK_LIMITS,
  FEEDBACK_STATUSES_NEEDING_MESSAGE,
  type FeedbackAgencyStatus,
  isFeedbackFinal,
} from '../../schema/feedback/feedback-model.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { hashRequest } from '../intake/request-hash.ts';
import type { FeedbackEventRecord, FeedbackRecord } from '../storage/feedback-records.ts';
import { buildFeedbackNotifications } from './feedback-notifications.ts';
import { requirePlainText } from './plain-text-input.ts';

export interface FeedbackAnswerInput {
  status: FeedbackAgencyStatus;
  message?: string;
  /** Allows a change after the case was closed. */
  reopen?: boolean;
}

export async function answerFeedback(
  deps: AppDeps,
  record: FeedbackRecord,
  input: FeedbackAnswerInput,
  actor: string,
  idempotencyKey: string | null,
): Promise<{ event: FeedbackEventRecord; replayed: boolean }> {
  const message =
    input.message === undefined || input.message.trim() === ''
      ? null
      : requirePlainText(input.message, FEEDBACK_LIMITS.messageMaxChars, '/message');
  if (message === null && FEEDBACK_STATUSES_NEEDING_MESSAGE.includes(input.status)) {
    throw new ApiError(422, 'message_required', 'Write the answer or the question to the person.', [
      { code: 'required', path: '/message', message: 'Write the answer or the question to the person.' },
    ]);
  }
  const final = isFeedbackFinal(input.status);
  const tell = message !== null || final;
  const notifications = tell ? await buildFeedbackNotifications(deps, record, input.status) : [];
  const result = await deps.repo.feedback.append(
    {
      feedbackId: record.id,
      status: input.status,
      source: 'agency',
      message,
      actor,
      idempotencyKey,
      requestHash: idempotencyKey
        ? hashRequest({ status: input.status, message, reopen: input.reopen ?? false })
        : null,
      final,
      at: deps.clock().toISOString(),
      notifications,
    },
    { allowAfterFinal: input.reopen ?? false },
  );
  if (result.ok) {
    if (!result.replayed && notifications.length > 0) deps.notifications?.kick();
    return { event: result.event, replayed: result.replayed };
  }
  switch (result.reason) {
    case 'key_reused':
      throw new ApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different change. Use a new key for a new change.',
      );
    case 'final':
      throw new ApiError(
        409,
        'feedback_closed',
        `This feedback is closed (status ${result.current?.status}). Send "reopen": true to change it anyway.`,
      );
    default:
      throw new ApiError(404, 'feedback_not_found', 'There is no such feedback for your agency.');
  }
}
