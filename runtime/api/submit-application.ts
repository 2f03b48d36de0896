import type { ApiIssue } from '../../schema/api-error.ts';
import { CSRF_HEADER } from '../session/session-api.ts';
import { readApiError } from './read-api-error.ts';

/** `201` body of `POST /api/services/{code}/submissions`. */
export interface SubmissionReceipt {
  reference: string;
  serviceCode: string;
  version: number;
  submittedAt: string;
  /** Opens the PDF and printable receipt of this submission (issue 4); absent from older servers. */
  receiptToken?: string;
}

export type SubmitOutcome =
  | { kind: 'submitted'; receipt: SubmissionReceipt }
  | { kind: 'invalid'; issues: ApiIssue[] }
  | { kind: 'too-large' }
  | { kind: 'retired' }
  | { kind: 'not-found' }
  /** The key was already used with different data: only a fresh attempt can go through. */
  | { kind: 'key-reused' }
  /** No answer at all; the submission may or may not have arrived, so retry with the same key. */
  | { kind: 'network' }
  | { kind: 'failed' };

export interface SubmitRequest {
  code: string;
  version: number;
  data: unknown;
  /** One per attempt: the server then stores a double click or a retry only once. */
  idempotencyKey: string;
  /** The session's CSRF token (runtime/session): the server refuses a cookie POST without it. */
  csrfToken?: string;
  /** Acting on behalf of a company or a grantor (issue 5); absent when for oneself. */
  onBehalfOf?: { kind: 'company' | 'person'; code: string };
}

function isReceipt(value: unknown): value is SubmissionReceipt {
  const receipt = value as Partial<SubmissionReceipt> | null;
  return typeof receipt === 'object' && receipt !== null && typeof receipt.reference === 'string';
}

/**
 * Sends a filled form. Returns what happened as data, so the page decides what the citizen
 * sees; it throws only when the request was deliberately aborted.
 */
export async function submitApplication(
  request: SubmitRequest,
  options: { fetch?: typeof fetch } = {},
): Promise<SubmitOutcome> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`/api/services/${encodeURIComponent(request.code)}/submissions`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Idempotency-Key': request.idempotencyKey,
        ...(request.csrfToken ? { [CSRF_HEADER]: request.csrfToken } : {}),
      },
      body: JSON.stringify({
        version: request.version,
        data: request.data,
        ...(request.onBehalfOf ? { onBehalfOf: request.onBehalfOf } : {}),
      }),
    });
  } catch {
    return { kind: 'network' };
  }
  if (response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    return isReceipt(body) ? { kind: 'submitted', receipt: body } : { kind: 'failed' };
  }
  const error = await readApiError(response);
  switch (error.code) {
    case 'validation_failed':
    case 'prefill_mismatch':
      return { kind: 'invalid', issues: error.issues };
    case 'payload_too_large':
      return { kind: 'too-large' };
    case 'service_retired':
      return { kind: 'retired' };
    case 'service_not_found':
    case 'version_not_found':
      return { kind: 'not-found' };
    case 'idempotency_key_reused':
      return { kind: 'key-reused' };
  }
  if (response.status === 413) return { kind: 'too-large' };
  if (response.status === 410) return { kind: 'retired' };
  return { kind: 'failed' };
}
