/**
 * Builds what the request API returns from stored records: one shape for the agency and the
 * citizen, the agency's adding the form data, the personal code and the codes it may post.
 */
import { ApiError } from '../../app/api-error.ts';
import type { AppDeps } from '../../app/app-deps.ts';
import { documentView } from '../../requests/request-documents.ts';
import { effectiveMappings } from '../../requests/status-mappings.ts';
import type { SubmissionRecord } from '../../storage/repository.ts';
import type { LocalizedPair, RequestStateRecord } from '../../storage/request-records.ts';
import { DEFAULT_STATUS_TEXTS } from '../../storage/request-records.ts';

/** Service titles, read once per API call. */
export function createTitleLookup(deps: Pick<AppDeps, 'repo'>) {
  const cache = new Map<string, Promise<LocalizedPair>>();
  return (code: string) => {
    let title = cache.get(code);
    if (!title) {
      title = deps.repo.services.get(code).then((s) => s?.draft.title ?? { lv: code, en: code });
      cache.set(code, title);
    }
    return title;
  };
}

export async function summaryView(
  submission: SubmissionRecord,
  state: RequestStateRecord,
  title: (code: string) => Promise<LocalizedPair>,
  statusText: LocalizedPair,
) {
  return {
    reference: submission.reference,
    serviceCode: submission.serviceCode,
    serviceTitle: await title(submission.serviceCode),
    status: state.status,
    statusText,
    final: state.final,
    submittedAt: submission.createdAt,
    updatedAt: state.updatedAt,
    applicantName: submission.applicantName ?? null,
    // On whose behalf (issue 5): the workplace lists requests per represented party.
    onBehalfOf: submission.represented
      ? { kind: submission.represented.kind, code: submission.represented.code }
      : null,
  };
}

/** The full request; `documentBase` is where this caller downloads files (agency or workplace path). */
export async function detailView(deps: AppDeps, submission: SubmissionRecord, documentBase: string) {
  const [state, history, messages, documents] = await Promise.all([
    deps.repo.requests.getState(submission.id),
    deps.repo.requests.listHistory(submission.id),
    deps.repo.requests.listMessages(submission.id),
    deps.repo.requests.listDocuments(submission.id),
  ]);
  const current: RequestStateRecord = state ?? {
    submissionId: submission.id,
    agencyId: submission.agencyId,
    serviceCode: submission.serviceCode,
    status: 'submitted',
    agencyCode: null,
    lastSequence: 0,
    final: false,
    createdAt: submission.createdAt,
    updatedAt: submission.createdAt,
  };
  const docs = new Map(documents.map((d) => [d.id, documentView(d, documentBase)]));
  const last = history[history.length - 1];
  const summary = await summaryView(
    submission,
    current,
    createTitleLookup(deps),
    last?.citizenText ?? DEFAULT_STATUS_TEXTS[current.status],
  );
  return {
    ...summary,
    history: history.map((e) => ({
      sequence: e.sequence,
      status: e.status,
      code: e.agencyCode,
      text: e.citizenText,
      message: e.message,
      document: e.documentId ? (docs.get(e.documentId) ?? null) : null,
      at: e.at,
    })),
    messages: messages.map((m) => ({
      id: m.id,
      direction: m.direction,
      asksForInformation: m.asksForInformation,
      body: m.body,
      inReplyTo: m.inReplyTo,
      attachments: documents.filter((d) => d.messageId === m.id).map((d) => docs.get(d.id)!),
      createdAt: m.createdAt,
    })),
    documents: documents.filter((d) => d.messageId === null).map((d) => docs.get(d.id)!),
  };
}

export async function agencyDetailView(deps: AppDeps, submission: SubmissionRecord) {
  const detail = await detailView(
    deps,
    submission,
    `/api/requests/${encodeURIComponent(submission.reference)}/documents`,
  );
  const mappings = await effectiveMappings(deps.repo, submission.serviceCode);
  return {
    ...detail,
    applicantPersonalCode: submission.applicantPersonalCode ?? null,
    data: submission.data,
    allowedCodes: mappings.map(({ code, status, text, final }) => ({ code, status, text, final })),
  };
}

/** RFC 6266 download headers; `sandbox` keeps even an HTML file inert on our origin. */
export function downloadHeaders(fileName: string, mediaType: string, size: number): Record<string, string> {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    'Content-Type': mediaType,
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  };
}

/**
 * A result document of `submission` as a download (agency and workplace alike); 404 when the
 * id names no stored file of this very request.
 */
export async function documentDownload(deps: AppDeps, submission: SubmissionRecord, id: string) {
  const doc = await deps.repo.requests.getDocument(id);
  if (!doc || doc.submissionId !== submission.id || !doc.content) {
    throw new ApiError(404, 'document_not_found', 'There is no such document on this request.');
  }
  return {
    body: doc.content as Uint8Array<ArrayBuffer>,
    headers: downloadHeaders(
      doc.fileName ?? 'document',
      doc.mediaType ?? 'application/octet-stream',
      doc.content.byteLength,
    ),
  };
}
