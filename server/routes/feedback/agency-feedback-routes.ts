/**
 * The agency's side of complaints and suggestions (issue 7): list the feedback routed to it by
 * status, kind and service, read one with its history, and answer or change its status.
 * Agency-scoped like the request API (another agency's feedback answers 404) and open to an API
 * key with `requests:manage` and to a case worker's session alike, so an agency's own system can
 * do everything the case-worker screen does.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { principalId } from '../../auth/principal.ts';
import { answerFeedback } from '../../feedback/answer-feedback.ts';
import { errorResponses } from '../openapi-schemas.ts';
import { IdempotencyHeader } from '../requests/request-schemas.ts';
import { createTitleLookup } from '../requests/request-views.ts';
import {
  AgencyFeedbackDetailSchema,
  FeedbackAnswerSchema,
  FeedbackEventSchema,
  FeedbackKindSchema,
  FeedbackReferenceParam,
  FeedbackStatusSchema,
  FeedbackSummarySchema,
} from './feedback-schemas.ts';
import { agencyFeedbackDetail, feedbackSummary } from './feedback-views.ts';

const SECURITY = {
  security: [{ apiKey: [] }, { session: [] }] as Array<Record<string, string[]>>,
  middleware: requireScope('requests:manage'),
};
const TAGS = ['Feedback'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const list = createRoute({
  method: 'get',
  path: '/feedback',
  tags: TAGS,
  summary: 'Complaints, suggestions and questions routed to the agency, most recently changed first',
  ...SECURITY,
  request: {
    query: z.object({
      status: FeedbackStatusSchema.optional(),
      kind: FeedbackKindSchema.optional(),
      service: z.string().max(64).optional().openapi({ description: 'Only feedback about this service' }),
      about: z
        .enum(['platform'])
        .optional()
        .openapi({ description: 'platform: only feedback about the platform itself (no service)' }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).max(100_000).default(0),
    }),
  },
  responses: {
    200: json(z.object({ feedback: z.array(FeedbackSummarySchema) }), 'A page of feedback'),
    ...errorResponses(400, 401, 403),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/feedback/{feedbackReference}',
  tags: TAGS,
  summary: 'One feedback with its author and history',
  ...SECURITY,
  request: { params: z.object({ feedbackReference: FeedbackReferenceParam }) },
  responses: { 200: json(AgencyFeedbackDetailSchema, 'The feedback'), ...errorResponses(401, 403, 404) },
});

const postStatus = createRoute({
  method: 'post',
  path: '/feedback/{feedbackReference}/status',
  tags: TAGS,
  summary: 'Answer the person and/or change the status',
  description:
    'Appends to the append-only history. A message is required for awaiting_applicant (the question; the person can then reply), completed and rejected (the answer; both close the case). The person is notified on their chosen channels when there is a message or the case closes. Send an `Idempotency-Key`: a retry returns the first answer (header `Idempotent-Replayed: true`). A closed case needs `reopen: true` (409 feedback_closed).',
  ...SECURITY,
  request: {
    params: z.object({ feedbackReference: FeedbackReferenceParam }),
    headers: IdempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: FeedbackAnswerSchema } } },
  },
  responses: {
    201: json(z.object({ event: FeedbackEventSchema }), 'Appended to the history'),
    200: json(z.object({ event: FeedbackEventSchema }), 'A replay of an earlier change with the same key'),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
});

function callerAgency(c: Context<AppEnv>): string {
  const principal = authenticatedPrincipal(c.get('principal'));
  if (principal.agencyId === null) {
    throw new ApiError(403, 'forbidden', 'Feedback is handled by its agency; use an agency key or account.');
  }
  return principal.agencyId;
}

/** The feedback, when it is the caller's agency's; otherwise 404 as if it did not exist. */
async function agencyFeedback(c: Context<AppEnv>, reference: string) {
  const principal = authenticatedPrincipal(c.get('principal'));
  const record = await c.get('deps').repo.feedback.getByReference(reference);
  if (!record || !canActForAgency(principal, record.agencyId)) {
    throw new ApiError(404, 'feedback_not_found', 'There is no such feedback for your agency.');
  }
  return { principal, record };
}

export function createAgencyFeedbackRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(list, async (c) => {
      const deps = c.get('deps');
      const agencyId = callerAgency(c);
      const q = c.req.valid('query');
      const records = await deps.repo.feedback.list({
        agencyId,
        status: q.status,
        kind: q.kind,
        serviceCode: q.service,
        platformOnly: q.about === 'platform',
        limit: q.limit,
        offset: q.offset,
      });
      const title = createTitleLookup(deps);
      return c.json({ feedback: await Promise.all(records.map((r) => feedbackSummary(r, title))) }, 200);
    })
    .openapi(getOne, async (c) => {
      const { record } = await agencyFeedback(c, c.req.valid('param').feedbackReference);
      return c.json(await agencyFeedbackDetail(c.get('deps'), record), 200);
    })
    .openapi(postStatus, async (c) => {
      const deps = c.get('deps');
      const { principal, record } = await agencyFeedback(c, c.req.valid('param').feedbackReference);
      const result = await answerFeedback(
        deps,
        record,
        c.req.valid('json'),
        principalId(principal),
        c.req.valid('header')['idempotency-key'] ?? null,
      );
      const detail = await agencyFeedbackDetail(deps, record);
      const event = detail.history.find((e) => e.sequence === result.event.sequence)!;
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json({ event }, result.replayed ? 200 : 201);
    });
}
