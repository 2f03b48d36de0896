/** The save-and-resume API (server/routes/drafts), as the runtime calls it. */
import type { LocalizedText } from '../../schema/service-definition.ts';

export interface DraftChanges {
  fromVersion: number;
  toVersion: number;
  removed: LocalizedText[];
  cleared: LocalizedText[];
  added: LocalizedText[];
}

export interface DraftView {
  serviceCode: string;
  version: number;
  data: Record<string, unknown>;
  step: number;
  savedAt: string;
  expiresAt: string;
  changes?: DraftChanges;
}

export interface DraftInput {
  version: number;
  data: Record<string, unknown>;
  step: number;
}

export type DraftRead =
  | { kind: 'ok'; draft: DraftView }
  | { kind: 'not-found' }
  | { kind: 'expired' }
  | { kind: 'failed' };

const jsonHeaders = (csrfToken?: string): Record<string, string> => ({
  Accept: 'application/json',
  'Content-Type': 'application/json',
  ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
});

async function read(response: Promise<Response>): Promise<DraftRead> {
  try {
    const res = await response;
    if (res.ok) return { kind: 'ok', draft: (await res.json()) as DraftView };
    if (res.status === 404) return { kind: 'not-found' };
    if (res.status === 410) return { kind: 'expired' };
    return { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

export const openResumeLink = (token: string) =>
  read(fetch(`/api/resume-links/${encodeURIComponent(token)}`, { headers: { Accept: 'application/json' } }));

export const openMyDraft = (code: string) =>
  read(
    fetch(`/api/services/${encodeURIComponent(code)}/my-draft`, { headers: { Accept: 'application/json' } }),
  );

export const saveMyDraft = (code: string, input: DraftInput, csrfToken: string) =>
  read(
    fetch(`/api/services/${encodeURIComponent(code)}/my-draft`, {
      method: 'PUT',
      headers: jsonHeaders(csrfToken),
      body: JSON.stringify(input),
    }),
  );

export const saveResumeLink = (token: string, input: DraftInput) =>
  read(
    fetch(`/api/resume-links/${encodeURIComponent(token)}`, {
      method: 'PUT',
      headers: jsonHeaders(),
      body: JSON.stringify(input),
    }),
  );

export async function createResumeLink(
  code: string,
  input: DraftInput,
): Promise<{ kind: 'ok'; token: string; resumePath: string; draft: DraftView } | { kind: 'failed' }> {
  try {
    const res = await fetch(`/api/services/${encodeURIComponent(code)}/resume-links`, {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify(input),
    });
    if (res.status !== 201) return { kind: 'failed' };
    const body = (await res.json()) as { token: string; resumePath: string; draft: DraftView };
    return { kind: 'ok', ...body };
  } catch {
    return { kind: 'failed' };
  }
}

export async function deleteMyDraft(code: string, csrfToken: string): Promise<void> {
  await fetch(`/api/services/${encodeURIComponent(code)}/my-draft`, {
    method: 'DELETE',
    headers: { 'X-CSRF-Token': csrfToken },
  }).catch(() => undefined);
}
