/**
 * The workplace's calls to the public API (server/routes/workplace): the signed-in person's own
 * requests, one request, answering the agency, notification preferences.
 */
import type { UnifiedStatus } from '../../schema/requests/unified-status.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';
import { CSRF_HEADER } from '../session/session-api.ts';

export type { UnifiedStatus } from '../../schema/requests/unified-status.ts';

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
  /** The company or person the applicant acted for; null when for themselves. */
  onBehalfOf?: { kind: 'company' | 'person'; code: string } | null;
}

export interface DocumentView {
  id: string;
  title: string;
  kind: 'file' | 'link';
  fileName: string | null;
  sizeBytes: number | null;
  url: string;
}

export interface RequestDetail extends RequestSummary {
  history: Array<{
    sequence: number;
    status: UnifiedStatus;
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
    inReplyTo: string | null;
    attachments: DocumentView[];
    createdAt: string;
  }>;
  documents: DocumentView[];
}

export interface Preferences {
  email: string | null;
  phone: string | null;
  channels: Array<'email' | 'sms'>;
  language: 'lv' | 'en';
}

export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(`API answered ${status} ${code ?? ''}`);
  }
}

/** A JSON call to the public API; an error answer throws `ApiCallError` with its status and code. */
export async function callApi<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { Accept: 'application/json', ...(init.headers ?? {}) },
    cache: 'no-store',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new ApiCallError(response.status, body?.error?.code);
  }
  return (await response.json()) as T;
}

export const fetchMyRequests = () => callApi<{ requests: RequestSummary[] }>('/api/my/requests');

export const fetchMyRequest = (reference: string) =>
  callApi<RequestDetail>(`/api/my/requests/${encodeURIComponent(reference)}`);

export const fetchPreferences = () => callApi<Preferences>('/api/my/notification-preferences');

export const savePreferences = (preferences: Preferences, csrfToken: string) =>
  callApi<Preferences>('/api/my/notification-preferences', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: csrfToken },
    body: JSON.stringify(preferences),
  });

export interface AttachmentInput {
  title: string;
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export const sendAnswer = (
  reference: string,
  answer: { body: string; inReplyTo?: string; attachments?: AttachmentInput[] },
  csrfToken: string,
  idempotencyKey: string,
) =>
  callApi<{ message: RequestDetail['messages'][number] }>(
    `/api/my/requests/${encodeURIComponent(reference)}/messages`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [CSRF_HEADER]: csrfToken,
        'Idempotency-Key': idempotencyKey,
      },
      body: JSON.stringify(answer),
    },
  );

export const withdrawRequest = (reference: string, csrfToken: string) =>
  callApi<RequestDetail>(`/api/my/requests/${encodeURIComponent(reference)}/withdraw`, {
    method: 'POST',
    headers: { [CSRF_HEADER]: csrfToken },
  });

/** Reads a chosen file as base64 for the JSON body (small attachments only). */
export function fileToBase64(file: File): Promise<string> {
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
