import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type Ajv from 'ajv';
import { createValidatorCache } from '../../../schema/validator-cache.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { checkSubmissionIdentity } from '../../auth/submission-identity.ts';
import { createRegisterDirectory } from '../../identity/representation-directory.ts';
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
    receiptToken: z.string().openapi({
      description:
        'Opens the receipt (GET /api/receipts/{receiptToken}, .pdf or .html) for whoever submitted; keep it private',
    }),
  })
  .openapi('SubmissionReceipt');

const SubmissionSchema = z
  .object({
    reference: z.string(),
    serviceCode: z.string(),
    version: z.number().int(),
    submittedAt: z.string(),
    data: z.record(z.string(), z.unknown()),
    applicant: z
      .object({ subject: z.string(), personalCode: z.string(), name: z.string() })
      .nullable()
      .openapi({
        description:
          'The signed-in person who submitted (the actor); null for an anonymous submission. With `represented`, the request is about that party.',
      }),
    represented: z
      .union([
        z.object({ kind: z.literal('company'), code: z.string(), role: z.string().nullable() }),
        z.object({
          kind: z.literal('person'),
          code: z.string(),
          scope: z
            .union([
              z.object({ kind: z.literal('all-services') }),
              z.object({ kind: z.literal('services'), serviceCodes: z.array(z.string()) }),
            ])
            .nullable(),
          mandateId: z.string().nullable(),
        }),
      ])
      .nullable()
      .openapi({
        description:
          'On whose behalf the applicant acted (a company they represent, or the person who granted them a power of attorney); null when for themselves',
      }),
  })
  .openapi('Submission');

const submit = createRoute({
  method: 'post',
  path: '/services/{code}/submissions',
  tags: ['Submissions'],
  summary: 'Submit a filled form',
  description:
    'Validated on the server with the same validator the browser uses. Send an `Idempotency-Key` header: a retry with the same key and body returns the same submission (header `Idempotent-Replayed: true`), never a second one; the same key with another body is refused (422 idempotency_key_reused). Without `version`, the latest published version is used. A service whose `settings.access.who` is not `anyone` needs a session (401 sign_in_required) of enough assurance (403 assurance_too_low); fields prefilled from an identity claim must equal the claim (422 prefill_mismatch); `onBehalfOf` must be a party the session may represent (403 representation_not_held, mandate_out_of_scope, company_representation_required).',
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
            onBehalfOf: z
              .object({
                kind: z.enum(['company', 'person']),
                code: z.string().min(1).max(20),
              })
              .optional()
              .openapi({
                description:
                  "Acting on behalf (issue 5): a company by registration number, or the person who granted a power of attorney by personal code. Must be one of the signed-in person's representations.",
              }),
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
    ...errorResponses(400, 401, 403, 404, 409, 410, 413, 415, 422),
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
    applicant: record.applicantSubject
      ? {
          subject: record.applicantSubject,
          personalCode: record.applicantPersonalCode ?? '',
          name: record.applicantName ?? '',
        }
      : null,
    represented: record.represented ?? null,
  };
}

/** Submitting (public) and reading submissions (the owning agency only). */
export function createSubmissionRoutes(ajv: Ajv) {
  const validators = createValidatorCache(ajv, 500);
  const versions = createPublishedVersionCache(500);
  const representationDirectory = createRegisterDirectory();
  return new OpenAPIHono<AppEnv>()
    .openapi(submit, async (c) => {
      const deps = c.get('deps');
      const body = c.req.valid('json');
      // A signed-in person is the applicant (issue 6: the request appears in their workplace).
      const caller = c.get('principal');
      const applicant =
        caller?.kind === 'user'
          ? {
              subject: caller.subject,
              personalCode: caller.personalCode,
              name: `${caller.givenName} ${caller.familyName}`.trim(),
            }
          : null;
      const outcome = await acceptSubmission(
        deps,
        validators,
        {
          serviceCode: c.req.valid('param').code,
          version: body.version,
          data: body.data,
          idempotencyKey: c.req.valid('header')['idempotency-key'] ?? null,
          applicant,
          authorize: (definition) =>
            checkSubmissionIdentity({
              definition,
              principal: caller,
              data: body.data,
              onBehalfOf: body.onBehalfOf ?? null,
              directory: representationDirectory,
              today: deps.clock().toISOString().slice(0, 10),
            }),
        },
        versions,
      );
      const receipt = {
        reference: outcome.record.reference,
        serviceCode: outcome.record.serviceCode,
        version: outcome.record.version,
        submittedAt: outcome.record.createdAt,
        receiptToken: outcome.receiptToken,
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
