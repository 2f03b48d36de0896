/**
 * Messages between an agency and the applicant (issue 6). An agency writes or asks for more
 * information (the request then waits for the applicant: the clock stops); the applicant answers
 * in the workplace, and the answer goes to the agency by the same channel as the submission (a
 * `request.message` webhook through the delivery outbox) and is always listed for pull.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { buildNotifications } from '../notifications/build-notifications.ts';
import type { SubmissionRecord } from '../storage/repository.ts';
import type { RequestDocumentRecord, RequestMessageRecord } from '../storage/request-records.ts';
import { DEFAULT_STATUS_TEXTS } from '../storage/request-records.ts';
import { enqueueAgencyEvent } from './agency-events.ts';
import { type DocumentInput, toDocumentRecord } from './request-documents.ts';

export const MAX_MESSAGE_CHARS = 5000;
export const MAX_ATTACHMENTS = 5;

export const REQUEST_MESSAGE_EVENT = 'request.message';

function checkBody(body: string): string {
  const text = body.trim();
  if (!text || text.length > MAX_MESSAGE_CHARS) {
    throw new ApiError(422, 'validation_failed', `Write a message of 1 to ${MAX_MESSAGE_CHARS} characters.`, [
      { code: 'invalid_length', path: '/body', message: `1 to ${MAX_MESSAGE_CHARS} characters` },
    ]);
  }
  return text;
}

export async function writeToApplicant(
  deps: AppDeps,
  submission: SubmissionRecord,
  input: { body: string; asksForInformation?: boolean; attachments?: DocumentInput[] },
  author: string,
  idempotencyKey: string | null,
): Promise<{ created: boolean; message: RequestMessageRecord }> {
  const at = deps.clock().toISOString();
  const message: RequestMessageRecord = {
    id: randomUUID(),
    submissionId: submission.id,
    agencyId: submission.agencyId,
    direction: 'to_applicant',
    asksForInformation: input.asksForInformation ?? false,
    body: checkBody(input.body),
    author,
    inReplyTo: null,
    idempotencyKey,
    createdAt: at,
    agencyReadAt: null,
  };
  const attachments = toAttachments(input.attachments ?? [], submission.id, message.id, at);
  const notifications = await buildNotifications(deps, submission, {
    kind: 'message',
    asksForInformation: message.asksForInformation,
  });
  const result = await deps.repo.requests.addMessage({
    message,
    attachments,
    notifications,
    // Asking for information stops the clock: the request waits for the applicant.
    status: message.asksForInformation
      ? {
          submissionId: submission.id,
          status: 'awaiting_applicant',
          agencyCode: null,
          citizenText: DEFAULT_STATUS_TEXTS.awaiting_applicant,
          message: null,
          actor: author,
          final: false,
          at,
        }
      : null,
  });
  if (result.created && notifications.length > 0) deps.notifications?.kick();
  return result;
}

export async function answerFromApplicant(
  deps: AppDeps,
  submission: SubmissionRecord,
  input: { body: string; inReplyTo?: string; attachments?: DocumentInput[] },
  author: string,
  idempotencyKey: string | null,
): Promise<{ created: boolean; message: RequestMessageRecord }> {
  const at = deps.clock().toISOString();
  if (input.inReplyTo) {
    const thread = await deps.repo.requests.listMessages(submission.id);
    if (!thread.some((m) => m.id === input.inReplyTo && m.direction === 'to_applicant')) {
      throw new ApiError(404, 'message_not_found', 'There is no such question on this request.');
    }
  }
  const message: RequestMessageRecord = {
    id: randomUUID(),
    submissionId: submission.id,
    agencyId: submission.agencyId,
    direction: 'from_applicant',
    asksForInformation: false,
    body: checkBody(input.body),
    author,
    inReplyTo: input.inReplyTo ?? null,
    idempotencyKey,
    createdAt: at,
    agencyReadAt: null,
  };
  const attachments = toAttachments(input.attachments ?? [], submission.id, message.id, at);
  const result = await deps.repo.requests.addMessage({
    message,
    attachments,
    notifications: [],
    // The applicant answered: the agency's clock runs again.
    status: {
      submissionId: submission.id,
      status: 'in_progress',
      agencyCode: null,
      citizenText: DEFAULT_STATUS_TEXTS.in_progress,
      message: null,
      actor: author,
      final: false,
      at,
      onlyFrom: ['awaiting_applicant'],
    },
  });
  if (result.created) await forwardToAgency(deps, submission, result.message, attachments);
  return result;
}

function toAttachments(inputs: DocumentInput[], submissionId: string, messageId: string, at: string) {
  if (inputs.length > MAX_ATTACHMENTS) {
    throw new ApiError(422, 'document_invalid', `At most ${MAX_ATTACHMENTS} attachments.`);
  }
  return inputs.map((doc, i) => toDocumentRecord(doc, submissionId, messageId, at, `/attachments/${i}`));
}

/**
 * The answer goes to the agency's webhook endpoints as a `request.message` event through the
 * delivery outbox (signed, retried like the submission). It is also always listed by
 * GET /api/request-messages/unread for agencies that pull.
 */
async function forwardToAgency(
  deps: AppDeps,
  submission: SubmissionRecord,
  message: RequestMessageRecord,
  attachments: RequestDocumentRecord[],
) {
  await enqueueAgencyEvent(deps, submission, REQUEST_MESSAGE_EVENT, {
    message: {
      id: message.id,
      body: message.body,
      inReplyTo: message.inReplyTo,
      createdAt: message.createdAt,
      attachments: attachments.map((a) => ({
        id: a.id,
        title: a.title,
        fileName: a.fileName,
        mediaType: a.mediaType,
        sizeBytes: a.sizeBytes,
        sha256: a.sha256,
        url: a.url,
      })),
    },
  });
}
