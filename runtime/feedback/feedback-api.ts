/**
 * The citizen's feedback calls to the public API (server/routes/feedback): file feedback, list
 * and read one's own, reply when the agency asks.
 */
import type { FeedbackKind, FeedbackStatus } from '../../schema/feedback/feedback-model.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';
import { CSRF_HEADER } from '../session/session-api.ts';
import { callApi } from '../workplace/workplace-api.ts';

export interface FeedbackSummary {
  reference: string;
  kind: FeedbackKind;
  serviceCode: string | null;
  serviceTitle: LocalizedText | null;
  subject: string;
  status: FeedbackStatus;
  statusText: LocalizedText;
  final: boolean;
  submittedAt: string;
  updatedAt: string;
}

export interface FeedbackDetail extends FeedbackSummary {
  body: string;
  history: Array<{
    sequence: number;
    status: FeedbackStatus;
    statusText: LocalizedText;
    from: 'platform' | 'agency' | 'author';
    message: string | null;
    at: string;
  }>;
}

export interface FeedbackInput {
  kind: FeedbackKind;
  serviceCode: string | null;
  subject: string;
  body: string;
}

const post = (csrfToken: string, idempotencyKey: string, body: unknown): RequestInit => ({
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    [CSRF_HEADER]: csrfToken,
    'Idempotency-Key': idempotencyKey,
  },
  body: JSON.stringify(body),
});

export const fileFeedback = (input: FeedbackInput, csrfToken: string, idempotencyKey: string) =>
  callApi<FeedbackDetail>('/api/my/feedback', post(csrfToken, idempotencyKey, input));

export const fetchMyFeedbackList = () => callApi<{ feedback: FeedbackSummary[] }>('/api/my/feedback');

export const fetchMyFeedback = (reference: string) =>
  callApi<FeedbackDetail>(`/api/my/feedback/${encodeURIComponent(reference)}`);

export const sendFeedbackReply = (
  reference: string,
  body: string,
  csrfToken: string,
  idempotencyKey: string,
) =>
  callApi<unknown>(
    `/api/my/feedback/${encodeURIComponent(reference)}/replies`,
    post(csrfToken, idempotencyKey, { body }),
  );
