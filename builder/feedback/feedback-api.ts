/**
 * The case worker's feedback calls: the same public feedback API an agency's own system uses
 * (server/routes/feedback), with the staff member's session and CSRF token.
 */
import type {
  FeedbackAgencyStatus,
  FeedbackKind,
  FeedbackStatus,
} from '../../schema/feedback/feedback-model.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';
import type { ApiClient } from '../api/api-client.ts';

export interface FeedbackSummary {
  reference: string;
  kind: FeedbackKind;
  serviceCode: string | null;
  serviceTitle: LocalizedText | null;
  subject: string;
  status: FeedbackStatus;
  final: boolean;
  submittedAt: string;
  updatedAt: string;
}

export interface FeedbackCase extends FeedbackSummary {
  body: string;
  author: { name: string; personalCode: string };
  onBehalfOf: { kind: 'company' | 'person'; code: string } | null;
  history: Array<{
    sequence: number;
    status: FeedbackStatus;
    from: 'platform' | 'agency' | 'author';
    message: string | null;
    at: string;
  }>;
}

export function createFeedbackApi(api: ApiClient) {
  return {
    list(query: { status?: string; kind?: string }) {
      const params = new URLSearchParams({ limit: '100' });
      if (query.status) params.set('status', query.status);
      if (query.kind) params.set('kind', query.kind);
      return api.request<{ feedback: FeedbackSummary[] }>('GET', `/feedback?${params}`);
    },
    get(reference: string) {
      return api.request<FeedbackCase>('GET', `/feedback/${encodeURIComponent(reference)}`);
    },
    answer(reference: string, change: { status: FeedbackAgencyStatus; message?: string; reopen?: boolean }) {
      return api.request<unknown>('POST', `/feedback/${encodeURIComponent(reference)}/status`, change);
    },
  };
}
