/**
 * An upload (issue 4): the field's limits come from the published version's definition, the
 * body is read with a cap, the content is sniffed, and the file is stored with its SHA-512 digest.
 * Answers an unguessable token that the form data then names. Every refusal is a 4xx with a
 * stable code, and nothing is stored unless everything passed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { attachmentFieldPathOf, findAttachmentFields } from '../../schema/attachments/attachment-field.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { findPublicService, findPublishedVersion } from '../registry/published-service.ts';
import type { AttachmentMeta } from '../storage/attachment-records.ts';
import { addDays, UNBOUND_UPLOAD_DAYS } from './attachment-policy.ts';
import { createToken, hashToken } from './attachment-token.ts';
import { cleanFileName } from './file-name.ts';
import { readCappedBody } from './read-capped-body.ts';
import { sniffAttachment } from './sniff-attachment.ts';

export interface UploadInput {
  serviceCode: string;
  version?: number;
  /** Data path of the field, e.g. `/documents`. */
  field: string;
  /** The raw `X-File-Name` header. */
  fileNameHeader: string | undefined;
  contentLength: string | undefined;
  body: ReadableStream<Uint8Array> | null;
}

export interface UploadResult {
  token: string;
  meta: AttachmentMeta;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export async function acceptUpload(deps: AppDeps, input: UploadInput): Promise<UploadResult> {
  const service = await findPublicService(deps.repo, input.serviceCode);
  const version = await findPublishedVersion(deps.repo, service, input.version ?? service.latestVersion!);
  // A field in a repeating group is named with its row (`/children/0/certificate`): any row's will do.
  const wanted = attachmentFieldPathOf(input.field);
  const field = findAttachmentFields(version.definition.form.schema).find((f) => f.path === wanted);
  if (!field) {
    throw new ApiError(404, 'attachment_field_not_found', `The form has no file field at ${input.field}.`);
  }
  const { limits } = field;
  const name = cleanFileName(input.fileNameHeader);
  if (!name) {
    throw new ApiError(
      422,
      'file_name_missing',
      'Send the file name, with its extension, percent-encoded in the X-File-Name header.',
    );
  }
  if (!name.type || !limits.types.includes(name.type)) {
    throw new ApiError(
      422,
      'file_type_not_allowed',
      `Files of type .${name.extension} are not accepted here. Allowed: ${limits.types.join(', ')}.`,
    );
  }
  const tooLarge = () =>
    new ApiError(413, 'file_too_large', `The file is larger than ${megabytes(limits.maxFileBytes)}.`);
  const declared = Number(input.contentLength);
  if (input.contentLength !== undefined && Number.isFinite(declared) && declared > limits.maxFileBytes) {
    throw tooLarge();
  }
  const body = await readCappedBody(input.body, limits.maxFileBytes);
  if (!body.ok) throw tooLarge();
  if (body.bytes.byteLength === 0) throw new ApiError(422, 'file_empty', 'The file is empty.');
  const sniffed = await sniffAttachment(body.bytes, name.type);
  if (!sniffed.ok) {
    throw new ApiError(
      422,
      'file_content_mismatch',
      `The file's content is not a .${name.extension} file${sniffed.detected ? ` (it looks like .${sniffed.detected})` : ''}.`,
    );
  }
  const token = createToken('att', deps.randomBytes);
  const now = deps.clock();
  const meta = await deps.repo.attachments.create({
    id: randomUUID(),
    tokenHash: hashToken('att', token)!,
    serviceCode: service.code,
    field: field.path,
    fileName: name.name,
    extension: name.type,
    mediaType: sniffed.mediaType,
    sizeBytes: body.bytes.byteLength,
    sha512: createHash('sha512').update(body.bytes).digest('hex'),
    content: body.bytes,
    createdAt: now.toISOString(),
    expiresAt: addDays(now, UNBOUND_UPLOAD_DAYS).toISOString(),
    submissionId: null,
  });
  return { token, meta };
}
