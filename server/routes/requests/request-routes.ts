/**
 * The agency's side of the central request registry (issue 6): list and read its requests with
 * their history, post status changes with its own codes, write to the applicant, download the
 * documents, and pull applicants' answers. Agency-scoped: another agency's request answers 404.
 * Works with an API key (`requests:manage`) and with a case worker's session alike.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { principalId } from '../../auth/principal.ts';
import { changeStatus } from '../../requests/change-status.ts';
import { writeToApplicant } from '../../requests/request-messages.ts';
import { errorResponses } from '../openapi-schemas.ts';
import {
  AgencyRequestDetailSchema,
  IdempotencyHeader,
  MessageInputSchema,
  ReferenceParam,
  RequestMessageSchema,
  RequestSummarySchema,
  StatusChangeSchema,
  StatusEventSchema,
  UnifiedStatusSchema,
} from './request-schemas.ts';
import { agencyDetailView, createTitleLookup, documentDownload, summaryView } from './request-views.ts';

const SECURITY = {
  security: [{ apiKey: [] }, { session: [] }] as Array<Record<string, string[]>>,
  middleware: requireScope('requests:manage'),
};
const TAGS = ['Requests'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const list = createRoute({
  method: 'get',
  path: '/requests',
  tags: TAGS,
  summary: "The agency's requests, most recently changed first",
  ...SECURITY,
  request: {
    query: z.object({
      status: UnifiedStatusSchema.optional(),
      service: z.string().max(64).optional(),
      q: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'A reference number, or part of the applicant name' }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).max(100_000).default(0),
    }),
  },
  responses: {
    200: json(z.object({ requests: z.array(RequestSummarySchema) }), 'A page of requests'),
    ...errorResponses(400, 401, 403),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/requests/{reference}',
  tags: TAGS,
  summary: 'One request with its status history, messages and documents',
  ...SECURITY,
  request: { params: z.object({ reference: ReferenceParam }) },
  responses: {
    200: json(AgencyRequestDetailSchema, 'The request'),
    ...errorResponses(401, 403, 404),
  },
});

const postStatus = createRoute({
  method: 'post',
  path: '/requests/{reference}/status',
  tags: TAGS,
  summary: "Change the request's status with the agency's own code",
  description:
    "The code is looked up in the service's status mappings (GET /services/{code}/status-mappings); an unknown code is refused with 422 unknown_status_code listing the allowed codes. The history is append-only and ordered. Send an `Idempotency-Key`: a retry returns the first answer (header `Idempotent-Replayed: true`) and changes nothing. After a final status a change needs `reopen: true` (409 request_closed); a change older (`occurredAt`) than the current status is refused (409 out_of_order). The applicant is notified when the mapping says so, after the change is stored.",
  ...SECURITY,
  request: {
    params: z.object({ reference: ReferenceParam }),
    headers: IdempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: StatusChangeSchema } } },
  },
  responses: {
    201: json(z.object({ event: StatusEventSchema }), 'Appended to the history'),
    200: json(z.object({ event: StatusEventSchema }), 'A replay of an earlier change with the same key'),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
});

const postMessage = createRoute({
  method: 'post',
  path: '/requests/{reference}/messages',
  tags: TAGS,
  summary: 'Write to the applicant, or ask for more information',
  description:
    'The applicant reads it in the workplace and is notified on the channel they chose. With `asksForInformation` the request waits for the applicant (status awaiting_applicant) until they answer.',
  ...SECURITY,
  request: {
    params: z.object({ reference: ReferenceParam }),
    headers: IdempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: MessageInputSchema } } },
  },
  responses: {
    201: json(z.object({ message: RequestMessageSchema }), 'Sent'),
    200: json(z.object({ message: RequestMessageSchema }), 'A replay with the same key'),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
});

const download = createRoute({
  method: 'get',
  path: '/requests/{reference}/documents/{id}',
  tags: TAGS,
  summary: 'Download a result document or an attachment of a message',
  ...SECURITY,
  request: { params: z.object({ reference: ReferenceParam, id: z.string().max(64) }) },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const AnswerSchema = RequestMessageSchema.extend({ reference: z.string() }).openapi('ApplicantAnswer');

const unread = createRoute({
  method: 'get',
  path: '/request-messages/unread',
  tags: TAGS,
  summary: "Applicants' messages the agency has not marked read, oldest first (pull)",
  ...SECURITY,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: {
    200: json(z.object({ messages: z.array(AnswerSchema) }), 'Unread answers'),
    ...errorResponses(400, 401, 403),
  },
});

const markRead = createRoute({
  method: 'post',
  path: '/request-messages/{id}/read',
  tags: TAGS,
  summary: "Mark an applicant's message read (acknowledge); idempotent",
  ...SECURITY,
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    204: { description: 'Marked read' },
    ...errorResponses(401, 403, 404),
  },
});

/** The request, when it is the caller's agency's; otherwise 404 as if it did not exist. */
async function agencyRequest(c: Context<AppEnv>, reference: string) {
  const principal = authenticatedPrincipal(c.get('principal'));
  const submission = await c.get('deps').repo.submissions.getByReference(reference);
  if (!submission || !canActForAgency(principal, submission.agencyId)) {
    throw new ApiError(404, 'request_not_found', 'There is no such request for your agency.');
  }
  return { principal, submission };
}

function callerAgency(c: Context<AppEnv>): string {
  const principal = authenticatedPrincipal(c.get('principal'));
  if (principal.agencyId === null) {
    throw new ApiError(
      403,
      'forbidden',
      'Requests are handled by their agency; use an agency key or account.',
    );
  }
  return principal.agencyId;
}

export function createRequestRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(list, async (c) => {
      const deps = c.get('deps');
      const agencyId = callerAgency(c);
      const q = c.req.valid('query');
      const items = await deps.repo.requests.list({
        agencyId,
        status: q.status,
        serviceCode: q.service,
        search: q.q?.trim() || undefined,
        limit: q.limit,
        offset: q.offset,
      });
      const title = createTitleLookup(deps);
      const requests = await Promise.all(
        items.map(({ submission, state, statusText }) => summaryView(submission, state, title, statusText)),
      );
      return c.json({ requests }, 200);
    })
    .openapi(getOne, async (c) => {
      const { submission } = await agencyRequest(c, c.req.valid('param').reference);
      return c.json(await agencyDetailView(c.get('deps'), submission), 200);
    })
    .openapi(postStatus, async (c) => {
      const { principal, submission } = await agencyRequest(c, c.req.valid('param').reference);
      const result = await changeStatus(
        c.get('deps'),
        submission,
        c.req.valid('json'),
        principalId(principal),
        c.req.valid('header')['idempotency-key'] ?? null,
      );
      const detail = await agencyDetailView(c.get('deps'), submission);
      const event = detail.history.find((e) => e.sequence === result.event.sequence)!;
      if (result.replayed) {
        c.header('Idempotent-Replayed', 'true');
        return c.json({ event }, 200);
      }
      return c.json({ event }, 201);
    })
    .openapi(postMessage, async (c) => {
      const deps = c.get('deps');
      const { principal, submission } = await agencyRequest(c, c.req.valid('param').reference);
      const result = await writeToApplicant(
        deps,
        submission,
        c.req.valid('json'),
        principalId(principal),
        c.req.valid('header')['idempotency-key'] ?? null,
      );
      const detail = await agencyDetailView(deps, submission);
      const message = detail.messages.find((m) => m.id === result.message.id)!;
      if (!result.created) c.header('Idempotent-Replayed', 'true');
      return c.json({ message }, result.created ? 201 : 200);
    })
    .openapi(download, async (c) => {
      const { submission } = await agencyRequest(c, c.req.valid('param').reference);
      const file = await documentDownload(c.get('deps'), submission, c.req.valid('param').id);
      return c.body(file.body, 200, file.headers) as never;
    })
    .openapi(unread, async (c) => {
      const deps = c.get('deps');
      const agencyId = callerAgency(c);
      const messages = await deps.repo.requests.listUnreadFromApplicants(
        agencyId,
        c.req.valid('query').limit,
      );
      const answers = await Promise.all(
        messages.map(async (m) => {
          const submission = (await deps.repo.delivery.getSubmission(m.submissionId))!;
          const docs = await deps.repo.requests.listDocuments(m.submissionId);
          const base = `/api/requests/${encodeURIComponent(submission.reference)}/documents`;
          return {
            reference: submission.reference,
            id: m.id,
            direction: m.direction,
            asksForInformation: m.asksForInformation,
            body: m.body,
            inReplyTo: m.inReplyTo,
            attachments: docs
              .filter((d) => d.messageId === m.id)
              .map((d) => ({
                id: d.id,
                title: d.title,
                kind: d.url ? ('link' as const) : ('file' as const),
                fileName: d.fileName,
                mediaType: d.mediaType,
                sizeBytes: d.sizeBytes,
                sha256: d.sha256,
                url: d.url ?? `${base}/${d.id}`,
                createdAt: d.createdAt,
              })),
            createdAt: m.createdAt,
          };
        }),
      );
      return c.json({ messages: answers }, 200);
    })
    .openapi(markRead, async (c) => {
      const deps = c.get('deps');
      const agencyId = callerAgency(c);
      const ok = await deps.repo.requests.markMessageRead(
        c.req.valid('param').id,
        agencyId,
        deps.clock().toISOString(),
      );
      if (!ok) throw new ApiError(404, 'message_not_found', 'There is no such message for your agency.');
      return c.body(null, 204);
    });
}
