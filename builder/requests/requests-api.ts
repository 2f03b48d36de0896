/**
 * The case-worker screen's calls: the same public request API an agency's own system uses
 * (server/routes/requests), with the staff member's session and CSRF token.
 */
import type { UnifiedStatus } from '../../schema/requests/unified-status.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';
import type { ApiClient } from '../api/api-client.ts';

export { UNIFIED_STATUSES, type UnifiedStatus } from '../../schema/requests/unified-status.ts';

/** A text in both languages. */
export type Pair = LocalizedText;

export interface RequestSummary {
  reference: string;
  serviceCode: string;
  serviceTitle: Pair;
  status: UnifiedStatus;
  statusText: Pair;
  final: boolean;
  submittedAt: string;
  updatedAt: string;
  applicantName: string | null;
}

export interface DocumentView {
  id: string;
  title: string;
  kind: 'file' | 'link';
  fileName: string | null;
  url: string;
}

export interface RequestDetail extends RequestSummary {
  applicantPersonalCode: string | null;
  data: Record<string, unknown>;
  allowedCodes: Array<{ code: string; status: UnifiedStatus; text: Pair; final: boolean }>;
  history: Array<{
    sequence: number;
    status: UnifiedStatus;
    code: string | null;
    text: Pair;
    message: { lv?: string; en?: string; text?: string } | null;
    document: DocumentView | null;
    at: string;
  }>;
  messages: Array<{
    id: string;
    direction: 'to_applicant' | 'from_applicant';
    asksForInformation: boolean;
    body: string;
    attachments: DocumentView[];
    createdAt: string;
  }>;
  documents: DocumentView[];
}

export interface DocumentInput {
  title: string;
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export function createRequestsApi(api: ApiClient) {
  return {
    list(query: { status?: string; service?: string; q?: string }) {
      const params = new URLSearchParams({ limit: '100' });
      if (query.status) params.set('status', query.status);
      if (query.service) params.set('service', query.service);
      if (query.q) params.set('q', query.q);
      return api.request<{ requests: RequestSummary[] }>('GET', `/requests?${params}`);
    },
    get(reference: string) {
      return api.request<RequestDetail>('GET', `/requests/${encodeURIComponent(reference)}`);
    },
    setStatus(
      reference: string,
      change: { code: string; message?: { text: string }; document?: DocumentInput },
    ) {
      return api.request<unknown>('POST', `/requests/${encodeURIComponent(reference)}/status`, change);
    },
    write(reference: string, message: { body: string; asksForInformation: boolean }) {
      return api.request<unknown>('POST', `/requests/${encodeURIComponent(reference)}/messages`, message);
    },
  };
}

export type RequestsApi = ReturnType<typeof createRequestsApi>;

/** Reads a chosen file as base64 for the JSON body. */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Form answers as plain "question: answer" lines (no JSON for staff). */
export function answerLines(data: Record<string, unknown>, prefix = ''): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(data)) {
    const label = prefix ? `${prefix} › ${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      lines.push(...answerLines(value as Record<string, unknown>, label));
    } else if (Array.isArray(value)) {
      lines.push([
        label,
        value.map((v) => (typeof v === 'object' ? Object.values(v ?? {}).join(', ') : String(v))).join('; '),
      ]);
    } else if (typeof value === 'boolean') {
      lines.push([label, value ? '✓' : '✗']);
    } else {
      lines.push([label, String(value ?? '')]);
    }
  }
  return lines;
}
