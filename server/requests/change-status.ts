/**
 * An agency (its system by API key, or a case worker) changes a request's status with its own
 * code (issue 6). The code is looked up in the service's mapping, the change is appended to the
 * ordered history with its document and notifications in one transaction, and the sender is
 * woken after commit, so the API never waits for SMTP.
 */

import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { hashRequest } from '../intake/request-hash.ts';
import { buildNotifications } from '../notifications/build-notifications.ts';
import type { SubmissionRecord } from '../storage/repository.ts';
import type { MessageText, StatusEventRecord } from '../storage/request-records.ts';
import { type DocumentInput, toDocumentRecord } from './request-documents.ts';
import { effectiveMappings } from './status-mappings.ts';

export interface StatusChangeInput {
  code: string;
  message?: MessageText;
  document?: DocumentInput;
  /** Allows a change after a final status (e.g. a decision reopened on appeal). */
  reopen?: boolean;
  /** When the change happened in the agency's system; default now. Older than the current status: 409 out_of_order. */
  occurredAt?: string;
}

export async function changeStatus(
  deps: AppDeps,
  submission: SubmissionRecord,
  input: StatusChangeInput,
  actor: string,
  idempotencyKey: string | null,
): Promise<{ event: StatusEventRecord; replayed: boolean }> {
  const mappings = await effectiveMappings(deps.repo, submission.serviceCode);
  const mapping = mappings.find((m) => m.code === input.code);
  if (!mapping) {
    const allowed = mappings.map((m) => m.code);
    throw new ApiError(
      422,
      'unknown_status_code',
      `The status code "${input.code}" is not mapped for this service. Allowed codes: ${allowed.join(', ')}.`,
      allowed.map((code) => ({ code: 'allowed_code', path: '/code', message: code })),
    );
  }
  const now = deps.clock();
  const at = input.occurredAt ?? now.toISOString();
  if (Date.parse(at) > now.getTime() + 5 * 60_000) {
    throw new ApiError(422, 'validation_failed', 'occurredAt lies in the future.', [
      { code: 'future_time', path: '/occurredAt', message: 'occurredAt lies in the future.' },
    ]);
  }
  const document = input.document
    ? toDocumentRecord(input.document, submission.id, null, now.toISOString())
    : null;
  const requestHash = idempotencyKey
    ? hashRequest({
        code: input.code,
        message: input.message ?? null,
        document: document ? { title: document.title, sha256: document.sha256, url: document.url } : null,
        reopen: input.reopen ?? false,
        occurredAt: input.occurredAt ?? null,
      })
    : null;
  const notifications = mapping.notify
    ? await buildNotifications(deps, submission, {
        kind: 'status',
        statusText: mapping.text,
        message: input.message ?? null,
      })
    : [];
  const result = await deps.repo.requests.appendStatus(
    {
      submissionId: submission.id,
      status: mapping.status,
      agencyCode: mapping.code,
      citizenText: mapping.text,
      message: input.message ?? null,
      document,
      actor,
      idempotencyKey,
      requestHash,
      final: mapping.final,
      at,
      notifications,
    },
    { allowAfterFinal: input.reopen ?? false },
  );
  if (result.ok) {
    if (!result.replayed && notifications.length > 0) deps.notifications?.kick();
    return { event: result.event, replayed: result.replayed };
  }
  switch (result.reason) {
    case 'not_found':
      throw new ApiError(404, 'request_not_found', 'There is no such request for your agency.');
    case 'key_reused':
      throw new ApiError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different status change. Use a new key for a new change.',
      );
    case 'final':
      throw new ApiError(
        409,
        'request_closed',
        `The request is closed (status ${result.current?.status}). Send "reopen": true to change it anyway.`,
      );
    default:
      throw new ApiError(
        409,
        'out_of_order',
        `This change happened before the request's current status (${result.current?.status}, set ${result.current?.updatedAt}); it was not applied.`,
      );
  }
}
