/**
 * The applicant withdraws a request that is not closed yet (issue 6: unified status `withdrawn`,
 * final). The agency is told by a `request.withdrawn` webhook and sees it in its list.
 */

import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import type { SubmissionRecord } from '../storage/repository.ts';
import { DEFAULT_STATUS_TEXTS, type StatusEventRecord } from '../storage/request-records.ts';
import { enqueueAgencyEvent } from './agency-events.ts';

export const REQUEST_WITHDRAWN_EVENT = 'request.withdrawn';

export async function withdrawRequest(
  deps: AppDeps,
  submission: SubmissionRecord,
  actor: string,
): Promise<StatusEventRecord> {
  const at = deps.clock().toISOString();
  const result = await deps.repo.requests.appendStatus({
    submissionId: submission.id,
    status: 'withdrawn',
    agencyCode: null,
    citizenText: DEFAULT_STATUS_TEXTS.withdrawn,
    message: null,
    document: null,
    actor,
    idempotencyKey: null,
    requestHash: null,
    final: true,
    at,
    notifications: [],
  });
  if (!result.ok) {
    if (result.reason === 'not_found')
      throw new ApiError(404, 'request_not_found', 'You have no request with this number.');
    if (result.reason === 'stale')
      throw new ApiError(409, 'out_of_order', 'The request changed just now; reload it.');
    throw new ApiError(409, 'request_closed', 'This request is already closed and cannot be withdrawn.');
  }
  await enqueueAgencyEvent(deps, submission, REQUEST_WITHDRAWN_EVENT, { withdrawnAt: result.event.at });
  return result.event;
}
