/**
 * Result documents and message attachments as agencies and applicants send them: a small file as
 * base64, or an https link. Checked here; stored in the database beside the request.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ApiError } from '../app/api-error.ts';
import type { RequestDocumentRecord } from '../storage/request-records.ts';

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export interface DocumentInput {
  title: string;
  fileName?: string;
  mediaType?: string;
  contentBase64?: string;
  url?: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

const invalid = (path: string, message: string) =>
  new ApiError(422, 'document_invalid', message, [{ code: 'document_invalid', path, message }]);

/** Turns the input into a record, or throws 422 document_invalid naming the problem. */
export function toDocumentRecord(
  input: DocumentInput,
  submissionId: string,
  messageId: string | null,
  at: string,
  path = '/document',
): RequestDocumentRecord {
  const hasContent = input.contentBase64 !== undefined;
  const hasUrl = input.url !== undefined;
  if (hasContent === hasUrl) {
    throw invalid(
      path,
      'Send either the file (contentBase64 with fileName) or a link (url), not both or neither.',
    );
  }
  const base = {
    id: randomUUID(),
    submissionId,
    messageId,
    title: input.title,
    createdAt: at,
  };
  if (hasUrl) {
    let url: URL;
    try {
      url = new URL(input.url!);
    } catch {
      throw invalid(`${path}/url`, 'The link is not a valid URL.');
    }
    if (url.protocol !== 'https:' || url.username || url.password) {
      throw invalid(`${path}/url`, 'The link must be an https address without a user name or password.');
    }
    return {
      ...base,
      fileName: null,
      mediaType: null,
      sizeBytes: null,
      sha256: null,
      content: null,
      url: url.href,
    };
  }
  const b64 = input.contentBase64!;
  if (!BASE64.test(b64)) throw invalid(`${path}/contentBase64`, 'The file content is not valid base64.');
  const content = Buffer.from(b64, 'base64');
  if (content.byteLength === 0) throw invalid(`${path}/contentBase64`, 'The file is empty.');
  if (content.byteLength > MAX_DOCUMENT_BYTES) {
    throw invalid(`${path}/contentBase64`, `The file is larger than ${MAX_DOCUMENT_BYTES} bytes.`);
  }
  const fileName = (input.fileName ?? '').trim();
  const hasControl = [...fileName].some((ch) => ch.charCodeAt(0) < 0x20);
  if (!fileName || hasControl || /[\\/]/.test(fileName) || fileName.length > 200) {
    throw invalid(`${path}/fileName`, 'Give the file a name (no slashes, at most 200 characters).');
  }
  const mediaType = (input.mediaType ?? 'application/octet-stream').toLowerCase();
  if (!MEDIA_TYPE.test(mediaType)) throw invalid(`${path}/mediaType`, 'The media type is not valid.');
  return {
    ...base,
    fileName,
    mediaType,
    sizeBytes: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
    content: new Uint8Array(content),
    url: null,
  };
}

/** What callers see of a document (never the bytes; those come from the download link). */
export function documentView(doc: Omit<RequestDocumentRecord, 'content'>, downloadBase: string) {
  return {
    id: doc.id,
    title: doc.title,
    fileName: doc.fileName,
    mediaType: doc.mediaType,
    sizeBytes: doc.sizeBytes,
    sha256: doc.sha256,
    url: doc.url ?? `${downloadBase}/${doc.id}`,
    kind: doc.url ? ('link' as const) : ('file' as const),
    createdAt: doc.createdAt,
  };
}
