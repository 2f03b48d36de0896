/**
 * Attachments (issue 4). Public: upload a file for a form's file field (raw body, streamed with a
 * cap), read or remove an upload by its token while no submission has it. Agencies: list and
 * download a submission's files (`submissions:read`, own agency only), or follow an expiring link.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { acceptUpload } from '../../attachments/accept-upload.ts';
import { hashToken } from '../../attachments/attachment-token.ts';
import { fileResponse } from '../../attachments/serve-file.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import type { AttachmentMeta } from '../../storage/attachment-records.ts';
import { API_KEY_SECURITY, errorResponses, ServiceCodeParam } from '../openapi-schemas.ts';

const UploadSchema = z
  .object({
    token: z.string().openapi({ description: 'Name this in the form data; it is the only way to the file' }),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    mediaType: z.string(),
    sha512: z.string(),
    expiresAt: z
      .string()
      .openapi({ description: 'Deleted then unless a submission or saved draft names it' }),
  })
  .openapi('AttachmentUpload');

const FileSchema = z
  .object({
    id: z.string(),
    field: z.string().openapi({ description: 'Data path of the file field', example: '/documents' }),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    mediaType: z.string(),
    sha512: z.string(),
    uploadedAt: z.string(),
  })
  .openapi('SubmissionAttachment');

const TokenParam = (name: string, example: string) =>
  z
    .string()
    .max(60)
    .openapi({ param: { name, in: 'path' }, example });

const binary = { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } };

const upload = createRoute({
  method: 'post',
  path: '/services/{code}/attachments',
  tags: ['Attachments'],
  summary: 'Upload one file for a file field',
  description:
    "Send the file's bytes as the body (any Content-Type) and its name, percent-encoded UTF-8, in `X-File-Name`. Limits come from the field in the published version: size (413 file_too_large, nothing stored), allowed extensions (422 file_type_not_allowed), and the content must be what the extension says (422 file_content_mismatch). Public.",
  request: {
    params: z.object({ code: ServiceCodeParam }),
    query: z.object({
      field: z
        .string()
        .regex(/^(\/[^/]+)+$/)
        .max(300)
        .openapi({
          example: '/documents',
          description:
            "The file field's data path; inside a repeating group with the row's number, e.g. `/children/0/birthCertificate` (any row: files are kept per field, not per row)",
        }),
      version: z.coerce.number().int().min(1).optional(),
    }),
    headers: z.object({ 'x-file-name': z.string().max(1000).optional() }),
    body: { content: binary },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: UploadSchema } } },
    ...errorResponses(404, 410, 413, 422),
  },
});

const getUpload = createRoute({
  method: 'get',
  path: '/attachments/{token}',
  tags: ['Attachments'],
  summary: 'What an upload token names (while no submission has it)',
  request: { params: z.object({ token: TokenParam('token', 'att_...') }) },
  responses: {
    200: { description: 'The file', content: { 'application/json': { schema: UploadSchema } } },
    ...errorResponses(404),
  },
});

const removeUpload = createRoute({
  method: 'delete',
  path: '/attachments/{token}',
  tags: ['Attachments'],
  summary: 'Remove an upload no submission has taken',
  request: { params: z.object({ token: TokenParam('token', 'att_...') }) },
  responses: { 204: { description: 'Removed' }, ...errorResponses(404) },
});

const listFiles = createRoute({
  method: 'get',
  path: '/submissions/{reference}/attachments',
  tags: ['Attachments'],
  summary: "A submission's files",
  security: API_KEY_SECURITY,
  middleware: [requireScope('submissions:read')] as const,
  request: { params: z.object({ reference: TokenParam('reference', 'EF-7K3M-9QXP-2HDT') }) },
  responses: {
    200: {
      description: 'The files, in upload order',
      content: { 'application/json': { schema: z.object({ attachments: z.array(FileSchema) }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const downloadFile = createRoute({
  method: 'get',
  path: '/submissions/{reference}/attachments/{id}',
  tags: ['Attachments'],
  summary: "Download one of a submission's files",
  description: 'The bytes as uploaded; `Repr-Digest` carries the SHA-512.',
  security: API_KEY_SECURITY,
  middleware: [requireScope('submissions:read')] as const,
  request: {
    params: z.object({
      reference: TokenParam('reference', 'EF-7K3M-9QXP-2HDT'),
      id: TokenParam('id', 'a uuid'),
    }),
  },
  responses: { 200: { description: 'The file', content: binary }, ...errorResponses(401, 403, 404) },
});

const followLink = createRoute({
  method: 'get',
  path: '/attachment-links/{token}',
  tags: ['Attachments'],
  summary: 'Download a file by an expiring link (from a webhook payload)',
  request: { params: z.object({ token: TokenParam('token', 'dl_...') }) },
  responses: { 200: { description: 'The file', content: binary }, ...errorResponses(404) },
});

const uploadView = (token: string, meta: AttachmentMeta) => ({
  token,
  fileName: meta.fileName,
  sizeBytes: meta.sizeBytes,
  mediaType: meta.mediaType,
  sha512: meta.sha512,
  expiresAt: meta.expiresAt,
});

const NO_UPLOAD = () =>
  new ApiError(404, 'attachment_not_found', 'There is no such file, or it was already sent.');

export function createAttachmentRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(upload, async (c) => {
      const query = c.req.valid('query');
      const result = await acceptUpload(c.get('deps'), {
        serviceCode: c.req.valid('param').code,
        version: query.version,
        field: query.field,
        fileNameHeader: c.req.header('x-file-name'),
        contentLength: c.req.header('content-length'),
        body: c.req.raw.body,
      });
      return c.json(uploadView(result.token, result.meta), 201);
    })
    .openapi(getUpload, async (c) => {
      const { token } = c.req.valid('param');
      const hash = hashToken('att', token);
      const meta = hash ? await c.get('deps').repo.attachments.getByTokenHash(hash) : null;
      if (!meta || meta.submissionId !== null) throw NO_UPLOAD();
      return c.json(uploadView(token, meta), 200);
    })
    .openapi(removeUpload, async (c) => {
      const hash = hashToken('att', c.req.valid('param').token);
      if (!hash || !(await c.get('deps').repo.attachments.deleteUnbound(hash))) throw NO_UPLOAD();
      return c.body(null, 204);
    })
    .openapi(listFiles, async (c) => {
      const submission = await ownSubmission(c, c.req.valid('param').reference);
      const files = await c.get('deps').repo.attachments.listBySubmission(submission.id);
      return c.json(
        {
          attachments: files.map((file) => ({
            id: file.id,
            field: file.field,
            fileName: file.fileName,
            sizeBytes: file.sizeBytes,
            mediaType: file.mediaType,
            sha512: file.sha512,
            uploadedAt: file.createdAt,
          })),
        },
        200,
      );
    })
    .openapi(downloadFile, async (c) => {
      const { reference, id } = c.req.valid('param');
      const submission = await ownSubmission(c, reference);
      const file = await c.get('deps').repo.attachments.getWithContent(id);
      if (!file || file.submissionId !== submission.id) {
        throw new ApiError(404, 'attachment_not_found', 'The submission has no such file.');
      }
      return fileResponse(file) as never;
    })
    .openapi(followLink, async (c) => {
      const deps = c.get('deps');
      const hash = hashToken('dl', c.req.valid('param').token);
      const file = hash ? await deps.repo.attachments.resolveLink(hash, deps.clock().toISOString()) : null;
      if (!file) throw new ApiError(404, 'attachment_not_found', 'The link is unknown or has expired.');
      return fileResponse(file) as never;
    });
}

async function ownSubmission(c: import('hono').Context<AppEnv>, reference: string) {
  const principal = authenticatedPrincipal(c.get('principal'));
  const submission = await c.get('deps').repo.submissions.getByReference(reference);
  if (!submission || !canActForAgency(principal, submission.agencyId)) {
    throw new ApiError(404, 'submission_not_found', 'There is no such submission for your agency.');
  }
  return submission;
}
