import type { ApiIssue } from '../../schema/api-error.ts';
import type { LocalizedText, ServiceDefinition, ServiceState } from '../../schema/service-definition.ts';
import type { Review, ReviewSummary } from '../review/review-types.ts';
import type { ApiClient, ApiResult } from './api-client.ts';

/** One line of the service list (GET /api/services). */
export interface ServiceSummary {
  code: string;
  agency: string;
  status: ServiceState;
  title: LocalizedText;
  latestVersion: number | null;
  draftRevision: number;
  updatedAt: string;
}

/** A draft as the server holds it; `revision` goes back as `baseRevision` on the next save. */
export interface Draft {
  code: string;
  status: ServiceState;
  revision: number;
  latestVersion: number | null;
  definition: ServiceDefinition;
  issues: ApiIssue[];
}

export interface CheckAnswer {
  ok: boolean;
  issues: ApiIssue[];
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  title: LocalizedText;
}

export interface PublishedVersion {
  code: string;
  version: number;
  publishedAt: string;
  definition: ServiceDefinition;
}

const enc = encodeURIComponent;

/**
 * The service register's endpoints the builder uses, one function each, typed by the OpenAPI
 * document (`GET /api/openapi.json`).
 */
export function createServicesApi(api: ApiClient) {
  return {
    list: () => api.request<{ services: ServiceSummary[] }>('GET', '/services'),
    create: (definition: unknown) => api.request<Draft>('POST', '/services', { definition }),
    getDraft: (code: string) => api.request<Draft>('GET', `/services/${enc(code)}/draft`),
    saveDraft: (
      code: string,
      baseRevision: number,
      definition: ServiceDefinition,
    ): Promise<ApiResult<Draft>> =>
      api.request<Draft>('PUT', `/services/${enc(code)}/draft`, { baseRevision, definition }),
    checkFile: (definition: unknown) =>
      api.request<CheckAnswer>('POST', '/definitions/check', { definition }),
    checkDraft: (code: string) => api.request<CheckAnswer>('POST', `/services/${enc(code)}/check`),
    publish: (code: string) =>
      api.request<{ code: string; version: number; publishedAt: string }>(
        'POST',
        `/services/${enc(code)}/publish`,
      ),
    versions: (code: string) =>
      api.request<{ versions: VersionSummary[] }>('GET', `/services/${enc(code)}/versions`),
    version: (code: string, version: number) =>
      api.request<PublishedVersion>('GET', `/services/${enc(code)}/versions/${version}`),
    // Reviewed publishing (issue 7).
    submitForReview: (code: string) => api.request<Review>('POST', `/services/${enc(code)}/reviews`),
    reviews: (state?: ReviewSummary['state']) =>
      api.request<{ reviews: ReviewSummary[] }>('GET', `/reviews${state ? `?state=${state}` : ''}`),
    review: (id: string) => api.request<Review>('GET', `/reviews/${enc(id)}`),
    approveReview: (id: string, comment: string) =>
      api.request<Review>('POST', `/reviews/${enc(id)}/approve`, comment ? { comment } : {}),
    returnReview: (id: string, comment: string) =>
      api.request<Review>('POST', `/reviews/${enc(id)}/return`, { comment }),
  };
}

export type ServicesApi = ReturnType<typeof createServicesApi>;
