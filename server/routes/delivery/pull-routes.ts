/**
 * Pull API (issue 6): an agency without a webhook receiver fetches its new submissions and
 * acknowledges each once it has them. New = not acknowledged yet, so nothing is lost between
 * fetch and processing; acknowledging twice is harmless.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { requireScope } from '../../auth/authenticate.ts';
import { principalId } from '../../auth/principal.ts';
import type { SubmissionRecord } from '../../storage/repository.ts';
import { API_KEY_SECURITY, errorResponses } from '../openapi-schemas.ts';
import { callerAgencyId } from './agency-principal.ts';
import { ReferenceParam } from './delivery-schemas.ts';

const SECURITY = { security: API_KEY_SECURITY, middleware: requireScope('submissions:read') };
const TAGS = ['Pull API'];

const PulledSubmissionSchema = z
  .object({
    reference: z.string(),
    serviceCode: z.string(),
    definitionVersion: z.number().int(),
    submittedAt: z.string(),
    data: z.record(z.string(), z.unknown()),
    acknowledgedAt: z.string().nullable(),
  })
  .openapi('PulledSubmission');

const listNew = createRoute({
  method: 'get',
  path: '/pull/submissions',
  tags: TAGS,
  summary: 'New submissions: not acknowledged yet, oldest first',
  ...SECURITY,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: {
    200: {
      description: 'Up to `limit` unacknowledged submissions',
      content: { 'application/json': { schema: z.object({ submissions: z.array(PulledSubmissionSchema) }) } },
    },
    ...errorResponses(400, 401, 403),
  },
});

const fetchOne = createRoute({
  method: 'get',
  path: '/pull/submissions/{reference}',
  tags: TAGS,
  summary: 'One submission, acknowledged or not',
  ...SECURITY,
  request: { params: ReferenceParam },
  responses: {
    200: {
      description: 'The submission',
      content: { 'application/json': { schema: PulledSubmissionSchema } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const acknowledge = createRoute({
  method: 'post',
  path: '/pull/submissions/{reference}/ack',
  tags: TAGS,
  summary: 'Acknowledge a submission (idempotent)',
  description:
    'After this, the submission no longer appears in the new list. Repeating it returns the first time.',
  ...SECURITY,
  request: { params: ReferenceParam },
  responses: {
    200: {
      description: 'Acknowledged (now or before)',
      content: {
        'application/json': { schema: z.object({ reference: z.string(), acknowledgedAt: z.string() }) },
      },
    },
    ...errorResponses(401, 403, 404),
  },
});

async function ownSubmission(c: Context<AppEnv>, reference: string): Promise<SubmissionRecord> {
  const agencyId = callerAgencyId(c.get('principal'));
  const submission = await c.get('deps').repo.submissions.getByReference(reference);
  if (!submission || submission.agencyId !== agencyId) {
    throw new ApiError(404, 'submission_not_found', 'There is no such submission for your agency.');
  }
  return submission;
}

const toView = (s: SubmissionRecord, acknowledgedAt: string | null) => ({
  reference: s.reference,
  serviceCode: s.serviceCode,
  definitionVersion: s.version,
  submittedAt: s.createdAt,
  data: s.data,
  acknowledgedAt,
});

export function createPullRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(listNew, async (c) => {
      const { repo } = c.get('deps');
      const ids = await repo.delivery.listUnacknowledged(
        callerAgencyId(c.get('principal')),
        c.req.valid('query').limit,
      );
      const found = await Promise.all(ids.map((id) => repo.delivery.getSubmission(id)));
      const submissions = found.filter((s): s is SubmissionRecord => s !== null).map((s) => toView(s, null));
      return c.json({ submissions }, 200);
    })
    .openapi(fetchOne, async (c) => {
      const submission = await ownSubmission(c, c.req.valid('param').reference);
      const ack = await c.get('deps').repo.delivery.getAcknowledgement(submission.id);
      return c.json(toView(submission, ack?.acknowledgedAt ?? null), 200);
    })
    .openapi(acknowledge, async (c) => {
      const deps = c.get('deps');
      const submission = await ownSubmission(c, c.req.valid('param').reference);
      const at = deps.clock().toISOString();
      const result = await deps.repo.delivery.acknowledge({
        submissionId: submission.id,
        agencyId: submission.agencyId,
        acknowledgedAt: at,
        acknowledgedBy: principalId(c.get('principal')!),
      });
      if (result.first && deps.deliveryListener) {
        await deps.deliveryListener
          .delivered({ submissionId: submission.id, reference: submission.reference, channel: 'pull', at })
          .catch((error: unknown) => deps.logger.error('delivery listener failed', { error: String(error) }));
      }
      return c.json({ reference: submission.reference, acknowledgedAt: result.record.acknowledgedAt }, 200);
    });
}
