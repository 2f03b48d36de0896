/**
 * The overdue list's call: the same public API an agency's own system uses (issue 7: the
 * agency's open requests past the service's target, `server/routes/requests/
 * overdue-request-routes.ts`).
 */
import type { ApiClient } from '../api/api-client.ts';
import type { UnifiedStatus } from '../requests/requests-api.ts';

export interface OverdueRequest {
  reference: string;
  status: UnifiedStatus;
  submittedAt: string;
  /** Calendar days since submission, time awaiting the applicant left out (one decimal). */
  elapsedDays: number;
  /** Calendar days past the target (one decimal). */
  overdueDays: number;
}

export interface OverdueList {
  /** The live version's target, an ISO 8601 duration. */
  targetProcessingTime: string;
  /** How many open requests are past the target now (the page may hold fewer). */
  total: number;
  requests: OverdueRequest[];
}

/** The most the API gives in one page; an agency with more overdue requests sees the longest first. */
export const OVERDUE_PAGE_SIZE = 200;

const enc = encodeURIComponent;

export function createOverdueApi(api: ApiClient) {
  return {
    list: (code: string) =>
      api.request<OverdueList>('GET', `/services/${enc(code)}/overdue-requests?limit=${OVERDUE_PAGE_SIZE}`),
  };
}
