/**
 * The citizen's workplace API (issue 6): a signed-in person's own requests with their unified
 * status, timeline, messages and result documents; answering the agency; notification
 * preferences. Another person's request answers 404, as if it did not exist.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { requireSignedInPerson } from '../../auth/authenticate.ts';
import type { UserPrincipal } from '../../auth/principal.ts';
import { principalId } from '../../auth/principal.ts';
import { answerFromApplicant } from '../../requests/request-messages.ts';
import { withdrawRequest } from '../../requests/withdraw-request.ts';
import { errorResponses } from '../openapi-schemas.ts';
import {
  DocumentInputSchema,
  IdempotencyHeader,
  ReferenceParam,
  RequestDetailSchema,
  RequestMessageSchema,
  RequestSummarySchema,
} from '../requests/request-schemas.ts';
import { createTitleLookup, detailView, documentDownload, summaryView } from '../requests/request-views.ts';

const SECURITY = { security: [{ session: [] }], middleware: requireSignedInPerson() };
const TAGS = ['Workplace'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const PreferencesSchema = z
  .object({
    email: z.email().max(320).nullable(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ]{8,20}$/)
      .nullable()
      .openapi({ example: '+371 20000000' }),
    channels: z.array(z.enum(['email', 'sms'])).max(2),
    language: z.enum(['lv', 'en']),
  })
  .strict()
  .openapi('NotificationPreferences');

const list = createRoute({
  method: 'get',
  path: '/my/requests',
  tags: TAGS,
  summary: "The signed-in person's requests, newest first",
  ...SECURITY,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(100) }) },
  responses: {
    200: json(z.object({ requests: z.array(RequestSummarySchema) }), 'Current and past requests'),
    ...errorResponses(400, 401),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/my/requests/{reference}',
  tags: TAGS,
  summary: 'One of my requests: timeline, messages, result documents',
  ...SECURITY,
  request: { params: z.object({ reference: ReferenceParam }) },
  responses: { 200: json(RequestDetailSchema, 'The request'), ...errorResponses(401, 404) },
});

const download = createRoute({
  method: 'get',
  path: '/my/requests/{reference}/documents/{id}',
  tags: TAGS,
  summary: 'Download a result document or an attachment',
  ...SECURITY,
  request: { params: z.object({ reference: ReferenceParam, id: z.string().max(64) }) },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(401, 404),
  },
});

const answer = createRoute({
  method: 'post',
  path: '/my/requests/{reference}/messages',
  tags: TAGS,
  summary: 'Answer the agency (text, optional small attachments)',
  description:
    'The answer reaches the agency by its webhook (event request.message) and is listed for its pull API. A request that waited for the applicant goes back to in_progress.',
  ...SECURITY,
  request: {
    params: z.object({ reference: ReferenceParam }),
    headers: IdempotencyHeader,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              body: z.string().min(1).max(5000),
              inReplyTo: z.string().max(64).optional(),
              attachments: z.array(DocumentInputSchema).max(5).optional(),
            })
            .strict()
            .openapi('ApplicantMessageInput'),
        },
      },
    },
  },
  responses: {
    201: json(z.object({ message: RequestMessageSchema }), 'Sent to the agency'),
    200: json(z.object({ message: RequestMessageSchema }), 'A replay with the same key'),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
});

const withdraw = createRoute({
  method: 'post',
  path: '/my/requests/{reference}/withdraw',
  tags: TAGS,
  summary: 'Withdraw my request (while it is not closed)',
  description:
    'The request becomes withdrawn, a final status; the agency is told by a request.withdrawn webhook. A closed request answers 409 request_closed.',
  ...SECURITY,
  request: { params: z.object({ reference: ReferenceParam }) },
  responses: { 200: json(RequestDetailSchema, 'Withdrawn'), ...errorResponses(401, 403, 404, 409) },
});

const getPreferences = createRoute({
  method: 'get',
  path: '/my/notification-preferences',
  tags: TAGS,
  summary: 'How I want to be told about my requests',
  ...SECURITY,
  responses: {
    200: json(PreferencesSchema, 'Preferences (defaults when never set)'),
    ...errorResponses(401),
  },
});

const putPreferences = createRoute({
  method: 'put',
  path: '/my/notification-preferences',
  tags: TAGS,
  summary: 'Set e-mail, phone, channels and language for notifications',
  ...SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: PreferencesSchema } } } },
  responses: { 200: json(PreferencesSchema, 'Stored'), ...errorResponses(400, 401, 403, 415, 422) },
});

function person(c: Context<AppEnv>): UserPrincipal {
  const principal = c.get('principal');
  if (principal?.kind !== 'user') {
    throw new ApiError(401, 'unauthenticated', 'Sign in to see your requests.');
  }
  return principal;
}

async function myRequest(c: Context<AppEnv>, reference: string) {
  const me = person(c);
  const submission = await c.get('deps').repo.submissions.getByReference(reference);
  if (!submission || submission.applicantPersonalCode !== me.personalCode) {
    throw new ApiError(404, 'request_not_found', 'You have no request with this number.');
  }
  return { me, submission };
}

export function createWorkplaceRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(list, async (c) => {
      const deps = c.get('deps');
      const me = person(c);
      const items = await deps.repo.requests.listForApplicant(me.personalCode, c.req.valid('query').limit);
      const title = createTitleLookup(deps);
      const requests = await Promise.all(
        items.map(({ submission, state, statusText }) => summaryView(submission, state, title, statusText)),
      );
      return c.json({ requests }, 200);
    })
    .openapi(getOne, async (c) => {
      const { submission } = await myRequest(c, c.req.valid('param').reference);
      const base = `/api/my/requests/${encodeURIComponent(submission.reference)}/documents`;
      return c.json(await detailView(c.get('deps'), submission, base), 200);
    })
    .openapi(download, async (c) => {
      const { submission } = await myRequest(c, c.req.valid('param').reference);
      const file = await documentDownload(c.get('deps'), submission, c.req.valid('param').id);
      return c.body(file.body, 200, file.headers) as never;
    })
    .openapi(answer, async (c) => {
      const deps = c.get('deps');
      const { me, submission } = await myRequest(c, c.req.valid('param').reference);
      const result = await answerFromApplicant(
        deps,
        submission,
        c.req.valid('json'),
        principalId(me),
        c.req.valid('header')['idempotency-key'] ?? null,
      );
      const base = `/api/my/requests/${encodeURIComponent(submission.reference)}/documents`;
      const detail = await detailView(deps, submission, base);
      const message = detail.messages.find((m) => m.id === result.message.id)!;
      if (!result.created) c.header('Idempotent-Replayed', 'true');
      return c.json({ message }, result.created ? 201 : 200);
    })
    .openapi(withdraw, async (c) => {
      const deps = c.get('deps');
      const { me, submission } = await myRequest(c, c.req.valid('param').reference);
      await withdrawRequest(deps, submission, principalId(me));
      const base = `/api/my/requests/${encodeURIComponent(submission.reference)}/documents`;
      return c.json(await detailView(deps, submission, base), 200);
    })
    .openapi(getPreferences, async (c) => {
      const me = person(c);
      const stored = await c.get('deps').repo.requests.getPreferences(me.personalCode);
      const { email, phone, channels, language } = stored ?? {
        email: null,
        phone: null,
        channels: [],
        language: 'lv' as const,
      };
      return c.json({ email, phone, channels, language }, 200);
    })
    .openapi(putPreferences, async (c) => {
      const deps = c.get('deps');
      const me = person(c);
      const input = c.req.valid('json');
      const channels = [...new Set(input.channels)];
      if (channels.includes('email') && !input.email) {
        throw new ApiError(422, 'validation_failed', 'Give an e-mail address to be told by e-mail.', [
          { code: 'required', path: '/email', message: 'Give an e-mail address to be told by e-mail.' },
        ]);
      }
      if (channels.includes('sms') && !input.phone) {
        throw new ApiError(422, 'validation_failed', 'Give a phone number to be told by SMS.', [
          { code: 'required', path: '/phone', message: 'Give a phone number to be told by SMS.' },
        ]);
      }
      const stored = await deps.repo.requests.putPreferences({
        personalCode: me.personalCode,
        email: input.email,
        phone: input.phone?.replace(/ /g, '') ?? null,
        channels,
        language: input.language,
        updatedAt: deps.clock().toISOString(),
      });
      return c.json(
        { email: stored.email, phone: stored.phone, channels: stored.channels, language: stored.language },
        200,
      );
    });
}
