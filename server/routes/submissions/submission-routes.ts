import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type Ajv from 'ajv';
import { createValidatorCache } from '../../../schema/validator-cache.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { acceptSubmission } from '../../intake/accept-submission.ts';
import { createPublishedVersionCache } from '../../intake/published-version-cache.ts';
import type { SubmissionRecord } from '../../storage/repository.ts';
import { API_KEY_SECURITY, errorResponses, ServiceCodeParam } from '../openapi-schemas.ts';

const ReceiptSchema = z
  .object({
    reference: z.string().openapi({ example: 'EF-7K3M-9QXP-2HDT' }),
    serviceCode: z.string(),
    version: z.number().int(),
    submittedAt: z.string(),
  })
  .openapi('SubmissionReceipt');

const SubmissionSchema = z
  .object({
    reference: z.string(),
    serviceCode: z.string(),
    version: z.number().int(),
    submittedAt: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('Submission');

const submit = createRoute({
  method: 'post',
  path: '/services/{code}/submissions',
  tags: ['Submissions'],
  summary: 'Submit a filled form',
  description:
    'Validated on the server with the same validator the browser uses. Send an `Idempotency-Key` header: a retry with the same key and body returns the same submission (header `Idempotent-Replayed: true`), never a second one; the same key with another body is refused (422 idempotency_key_reused). Without `version`, the latest published version is used.',
  request: {
    params: z.object({ code: ServiceCodeParam }),
    headers: z.object({
      'idempotency-key': z
        .string()
        .min(1)
        .max(200)
        .regex(/^[\x21-\x7e]+$/)
        .optional()
        .openapi({ description: 'Client-chosen unique key, e.g. a UUID' }),
    }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            version: z.number().int().min(1).optional(),
            data: z
              .record(z.string(), z.unknown())
              .openapi({ description: "The form data, matching the version's JSON Schema" }),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Accepted and stored durably',
      content: { 'application/json': { schema: ReceiptSchema } },
    },
    ...errorResponses(400, 404, 409, 410, 413, 415, 422),
  },
});

const list = createRoute({
  method: 'get',
  path: '/submissions',
  tags: ['Submissions'],
  summary: "The caller's agency's submissions, oldest first",
  security: API_KEY_SECURITY,
  middleware: [requireScope('submissions:read')] as const,
  request: {
    query: z.object({
      service: z.string().optional(),
      after: z.string().optional().openapi({ description: 'Cursor: nextCursor of the previous page' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'A page of submissions',
      content: {
        'application/json': {
          schema: z.object({ submissions: z.array(SubmissionSchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    ...errorResponses(400, 401, 403),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/submissions/{reference}',
  tags: ['Submissions'],
  summary: 'One submission by its reference number',
  security: API_KEY_SECURITY,
  middleware: [requireScope('submissions:read')] as const,
  request: {
    params: z.object({
      reference: z
        .string()
        .max(40)
        .openapi({ param: { name: 'reference', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The submission', content: { 'application/json': { schema: SubmissionSchema } } },
    ...errorResponses(401, 403, 404),
  },
});

function toView(record: SubmissionRecord) {
  return {
    reference: record.reference,
    serviceCode: record.serviceCode,
    version: record.version,
    submittedAt: record.createdAt,
    data: record.data,
  };
}

/** Submitting (public) and reading submissions (the owning agency only). */
export function createSubmissionRoutes(ajv: Ajv) {
  const validators = createValidatorCache(ajv, 500);
  const versions = createPublishedVersionCache(500);
  return new OpenAPIHono<AppEnv>()
    .openapi(submit, async (c) => {
      const deps = c.get('deps');
      const body = c.req.valid('json');
      const outcome = await acceptSubmission(
        deps,
        validators,
        {
          serviceCode: c.req.valid('param').code,
          version: body.version,
          data: body.data,
          idempotencyKey: c.req.valid('header')['idempotency-key'] ?? null,
        },
        versions,
      );
      const receipt = {
        reference: outcome.record.reference,
        serviceCode: outcome.record.serviceCode,
        version: outcome.record.version,
        submittedAt: outcome.record.createdAt,
      };
      if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/api/submissions/${outcome.record.reference}`);
      return c.json(receipt, 201);
    })
    .openapi(list, async (c) => {
      const { repo } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      if (principal.agencyId === null) {
        throw new ApiError(403, 'forbidden', 'Submissions are read by their agency; use an agency key.');
      }
      const query = c.req.valid('query');
      const page = await repo.submissions.list({
        agencyId: principal.agencyId,
        serviceCode: query.service,
        after: query.after,
        limit: query.limit,
      });
      const nextCursor = page.length === query.limit ? page[page.length - 1]!.id : null;
      return c.json({ submissions: page.map(toView), nextCursor }, 200);
    })
    .openapi(getOne, async (c) => {
      const { repo } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const record = await repo.submissions.getByReference(c.req.valid('param').reference);
      if (!record || !canActForAgency(principal, record.agencyId)) {
        throw new ApiError(404, 'submission_not_found', 'There is no such submission for your agency.');
      }
      return c.json(toView(record), 200);
    });
}
