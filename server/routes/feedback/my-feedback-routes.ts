/**
 * The person's side of complaints and suggestions (issue 7, P13): file feedback about a service or
 * the platform, list and read one's own, and reply when the agency asks. A browser session is
 * needed; another person's feedback answers 404, as if it did not exist.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { requireSignedInPerson } from '../../auth/authenticate.ts';
import { principalId, type UserPrincipal } from '../../auth/principal.ts';
import { fileFeedback } from '../../feedback/file-feedback.ts';
import { replyToFeedback } from '../../feedback/reply-to-feedback.ts';
import { createRegisterDirectory } from '../../identity/representation-directory.ts';
import { errorResponses } from '../openapi-schemas.ts';
import { IdempotencyHeader } from '../requests/request-schemas.ts';
import { createTitleLookup } from '../requests/request-views.ts';
import {
  FeedbackDetailSchema,
  FeedbackEventSchema,
  FeedbackInputSchema,
  FeedbackReferenceParam,
  FeedbackReplySchema,
  FeedbackSummarySchema,
} from './feedback-schemas.ts';
import { feedbackDetail, feedbackSummary } from './feedback-views.ts';

const SECURITY = { security: [{ session: [] }], middleware: requireSignedInPerson() };
const TAGS = ['Workplace'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const file = createRoute({
  method: 'post',
  path: '/my/feedback',
  tags: TAGS,
  summary: 'Give feedback, complain or ask about a service or the platform',
  description:
    'Routed to the agency that owns the service, or for the platform itself to the platform operator (PLATFORM_OPERATOR_AGENCY). Answers the reference number. Plain text only (422 markup_not_allowed); an unknown service is 422 service_not_found. Send an `Idempotency-Key`: a retry returns the first filing.',
  ...SECURITY,
  request: {
    headers: IdempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: FeedbackInputSchema } } },
  },
  responses: {
    201: json(FeedbackDetailSchema, 'Filed'),
    200: json(FeedbackDetailSchema, 'A replay of an earlier filing with the same key'),
    ...errorResponses(400, 401, 403, 415, 422),
  },
});

const list = createRoute({
  method: 'get',
  path: '/my/feedback',
  tags: TAGS,
  summary: 'My feedback, newest first',
  ...SECURITY,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(100) }) },
  responses: {
    200: json(z.object({ feedback: z.array(FeedbackSummarySchema) }), 'Current and past feedback'),
    ...errorResponses(400, 401),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/my/feedback/{feedbackReference}',
  tags: TAGS,
  summary: "One of my feedback with the agency's answers",
  ...SECURITY,
  request: { params: z.object({ feedbackReference: FeedbackReferenceParam }) },
  responses: { 200: json(FeedbackDetailSchema, 'The feedback'), ...errorResponses(401, 404) },
});

const reply = createRoute({
  method: 'post',
  path: '/my/feedback/{feedbackReference}/replies',
  tags: TAGS,
  summary: 'Reply to what the agency asked',
  description:
    'Only while the agency waits for the person (status awaiting_applicant; otherwise 409 reply_not_expected). The case goes back to the agency (in_progress).',
  ...SECURITY,
  request: {
    params: z.object({ feedbackReference: FeedbackReferenceParam }),
    headers: IdempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: FeedbackReplySchema } } },
  },
  responses: {
    201: json(z.object({ event: FeedbackEventSchema }), 'Sent to the agency'),
    200: json(z.object({ event: FeedbackEventSchema }), 'A replay with the same key'),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
});

function person(c: Context<AppEnv>): UserPrincipal {
  const principal = c.get('principal');
  if (principal?.kind !== 'user') throw new ApiError(401, 'unauthenticated', 'Sign in first.');
  return principal;
}

async function myFeedback(c: Context<AppEnv>, reference: string) {
  const me = person(c);
  const record = await c.get('deps').repo.feedback.getByReference(reference);
  if (!record || record.authorPersonalCode !== me.personalCode) {
    throw new ApiError(404, 'feedback_not_found', 'You have no feedback with this number.');
  }
  return { me, record };
}

export function createMyFeedbackRoutes() {
  const directory = createRegisterDirectory();
  return new OpenAPIHono<AppEnv>()
    .openapi(file, async (c) => {
      const deps = c.get('deps');
      const result = await fileFeedback(
        deps,
        person(c),
        c.req.valid('json'),
        directory,
        c.req.valid('header')['idempotency-key'] ?? null,
      );
      if (!result.created) c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/api/my/feedback/${result.record.reference}`);
      return c.json(await feedbackDetail(deps, result.record), result.created ? 201 : 200);
    })
    .openapi(list, async (c) => {
      const deps = c.get('deps');
      const records = await deps.repo.feedback.listForAuthor(
        person(c).personalCode,
        c.req.valid('query').limit,
      );
      const title = createTitleLookup(deps);
      return c.json({ feedback: await Promise.all(records.map((r) => feedbackSummary(r, title))) }, 200);
    })
    .openapi(getOne, async (c) => {
      const { record } = await myFeedback(c, c.req.valid('param').feedbackReference);
      return c.json(await feedbackDetail(c.get('deps'), record), 200);
    })
    .openapi(reply, async (c) => {
      const deps = c.get('deps');
      const { me, record } = await myFeedback(c, c.req.valid('param').feedbackReference);
      const result = await replyToFeedback(
        deps,
        record,
        c.req.valid('json'),
        principalId(me),
        c.req.valid('header')['idempotency-key'] ?? null,
      );
      const detail = await feedbackDetail(deps, record);
      const event = detail.history.find((e) => e.sequence === result.event.sequence)!;
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json({ event }, result.replayed ? 200 : 201);
    });
}
