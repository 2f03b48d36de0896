/**
 * Delivery status, kept apart from case status (issue 6): a submission's deliveries with their
 * attempt log, the failed (exhausted or disabled) messages, and replay, one or all since a time.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { requireScope } from '../../auth/authenticate.ts';
import { API_KEY_SECURITY, errorResponses } from '../openapi-schemas.ts';
import { callerAgencyId } from './agency-principal.ts';
import {
  AttemptSchema,
  DeliverySchema,
  ReferenceParam,
  toAttemptView,
  toDeliveryView,
} from './delivery-schemas.ts';

const SECURITY = { security: API_KEY_SECURITY, middleware: requireScope('deliveries:manage') };
const TAGS = ['Delivery'];
const IsoTime = z.iso.datetime({ offset: true });

const status = createRoute({
  method: 'get',
  path: '/submissions/{reference}/deliveries',
  tags: TAGS,
  summary: "A submission's deliveries and their attempts",
  ...SECURITY,
  request: { params: ReferenceParam },
  responses: {
    200: {
      description: 'Every delivery of the submission (one per channel and endpoint, plus later events)',
      content: {
        'application/json': {
          schema: z.object({
            reference: z.string(),
            acknowledgedAt: z
              .string()
              .nullable()
              .openapi({ description: 'When the agency acknowledged it by the pull API' }),
            deliveries: z.array(DeliverySchema.extend({ attemptLog: z.array(AttemptSchema) })),
          }),
        },
      },
    },
    ...errorResponses(401, 403, 404),
  },
});

const failed = createRoute({
  method: 'get',
  path: '/deliveries/failed',
  tags: TAGS,
  summary: 'Messages that could not be delivered (exhausted retries or a disabled endpoint)',
  ...SECURITY,
  request: {
    query: z.object({
      since: IsoTime.optional().openapi({ description: 'Only messages created at or after this time' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'Oldest first',
      content: { 'application/json': { schema: z.object({ deliveries: z.array(DeliverySchema) }) } },
    },
    ...errorResponses(400, 401, 403),
  },
});

const replay = createRoute({
  method: 'post',
  path: '/deliveries/replay',
  tags: TAGS,
  summary: 'Send failed messages again, with their original message ids',
  description: 'Give `messageId` for one message, or `since` for every failed message created since then.',
  ...SECURITY,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({ messageId: z.string().max(64).optional(), since: IsoTime.optional() })
            .strict()
            .refine((b) => (b.messageId === undefined) !== (b.since === undefined), {
              message: 'Give exactly one of messageId and since.',
            }),
        },
      },
    },
  },
  responses: {
    202: {
      description: 'Queued again',
      content: { 'application/json': { schema: z.object({ replayed: z.number().int() }) } },
    },
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

export function createDeliveryStatusRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(status, async (c) => {
      const { repo } = c.get('deps');
      const agencyId = callerAgencyId(c.get('principal'));
      const submission = await repo.submissions.getByReference(c.req.valid('param').reference);
      if (!submission || submission.agencyId !== agencyId) {
        throw new ApiError(404, 'submission_not_found', 'There is no such submission for your agency.');
      }
      const jobs = await repo.delivery.listJobsForSubmission(submission.id);
      const deliveries = await Promise.all(
        jobs.map(async (job) => ({
          ...toDeliveryView(job),
          attemptLog: (await repo.delivery.listAttempts(job.id)).map(toAttemptView),
        })),
      );
      const ack = await repo.delivery.getAcknowledgement(submission.id);
      return c.json(
        { reference: submission.reference, acknowledgedAt: ack?.acknowledgedAt ?? null, deliveries },
        200,
      );
    })
    .openapi(failed, async (c) => {
      const { repo } = c.get('deps');
      const agencyId = callerAgencyId(c.get('principal'));
      const query = c.req.valid('query');
      const jobs = await repo.delivery.listFailed(agencyId, query.since ?? null, query.limit);
      const views = await Promise.all(
        jobs.map(async (job) =>
          toDeliveryView(job, (await repo.delivery.getSubmission(job.submissionId))?.reference),
        ),
      );
      return c.json({ deliveries: views }, 200);
    })
    .openapi(replay, async (c) => {
      const { repo, clock } = c.get('deps');
      const agencyId = callerAgencyId(c.get('principal'));
      const body = c.req.valid('json');
      const at = clock().toISOString();
      if (body.messageId !== undefined) {
        const job = await repo.delivery.getJobByMessageId(body.messageId);
        if (!job || job.agencyId !== agencyId) {
          throw new ApiError(404, 'delivery_not_found', 'There is no such message for your agency.');
        }
        return c.json({ replayed: await repo.delivery.replay({ agencyId, jobId: job.id }, at) }, 202);
      }
      return c.json({ replayed: await repo.delivery.replay({ agencyId, since: body.since }, at) }, 202);
    });
}
