import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { checkDefinition } from '../../../schema/check-definition.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, requireScope } from '../../auth/authenticate.ts';
import { principalId } from '../../auth/principal.ts';
import { findOwnService } from '../../registry/agency-service.ts';
import { checkDraftForPublishing } from '../../registry/draft-checks.ts';
import type { ValidatorModuleCache } from '../../validators/validator-module-cache.ts';
import {
  API_KEY_SECURITY,
  DefinitionInputSchema,
  errorResponses,
  IssueSchema,
  ServiceCodeParam,
} from '../openapi-schemas.ts';

const tags = ['Services (agency)'];
const CheckResultSchema = z.object({ ok: z.boolean(), issues: z.array(IssueSchema) }).openapi('CheckResult');

const checkAny = createRoute({
  method: 'post',
  path: '/definitions/check',
  tags,
  summary: 'Check a definition without storing it (e.g. before importing a file)',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:read')] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ definition: DefinitionInputSchema }) } },
    },
  },
  responses: {
    200: {
      description: 'The checker result',
      content: { 'application/json': { schema: CheckResultSchema } },
    },
    ...errorResponses(400, 401, 403, 413, 415, 422),
  },
});

const checkDraft = createRoute({
  method: 'post',
  path: '/services/{code}/check',
  tags,
  summary: 'Check the draft as publishing would',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:read')] as const,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: {
      description: 'The checker result',
      content: { 'application/json': { schema: CheckResultSchema } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const publish = createRoute({
  method: 'post',
  path: '/services/{code}/publish',
  tags,
  summary: 'Publish the draft as a new immutable version',
  description:
    'Runs the definition checker; any issue refuses publishing (422 definition_invalid). Version N+1 never changes afterwards.',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:write')] as const,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    201: {
      description: 'Published',
      content: {
        'application/json': {
          schema: z.object({ code: z.string(), version: z.number().int(), publishedAt: z.string() }),
        },
      },
    },
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

const retire = createRoute({
  method: 'post',
  path: '/services/{code}/retire',
  tags,
  summary: 'Retire a service: its deep links show a closed page and submissions are refused (410)',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:write')] as const,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: {
      description: 'Retired',
      content: {
        'application/json': { schema: z.object({ code: z.string(), status: z.literal('retired') }) },
      },
    },
    ...errorResponses(401, 403, 404),
  },
});

/** Checking, publishing and retiring. */
export function createLifecycleRoutes(validatorModules: ValidatorModuleCache) {
  return new OpenAPIHono<AppEnv>()
    .openapi(checkAny, (c) => {
      const result = checkDefinition(c.req.valid('json').definition);
      return c.json({ ok: result.ok, issues: result.ok ? [] : result.issues }, 200);
    })
    .openapi(checkDraft, async (c) => {
      const { repo } = c.get('deps');
      const service = await findOwnService(
        repo,
        authenticatedPrincipal(c.get('principal')),
        c.req.valid('param').code,
      );
      const result = checkDefinition(service.draft);
      return c.json({ ok: result.ok, issues: result.ok ? [] : result.issues }, 200);
    })
    .openapi(publish, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const service = await findOwnService(repo, principal, c.req.valid('param').code);
      if (service.status === 'retired') {
        throw new ApiError(409, 'service_retired', 'A retired service cannot be published again.');
      }
      if (await repo.reviews.reviewRequired(service.agencyId)) {
        throw new ApiError(
          409,
          'review_required',
          'Your agency publishes only through review: submit the draft for review (POST /services/{code}/reviews).',
        );
      }
      const definition = checkDraftForPublishing(service.draft);
      const result = await repo.services.publish(
        service.code,
        definition,
        principalId(principal),
        clock().toISOString(),
      );
      if (!result.ok) {
        if (result.reason === 'retired')
          throw new ApiError(409, 'service_retired', 'A retired service cannot be published again.');
        throw new ApiError(404, 'service_not_found', 'The service no longer exists.');
      }
      validatorModules.warm(service.code, result.version.version, definition.form.schema);
      return c.json(
        { code: service.code, version: result.version.version, publishedAt: result.version.publishedAt },
        201,
      );
    })
    .openapi(retire, async (c) => {
      const { repo, clock } = c.get('deps');
      const service = await findOwnService(
        repo,
        authenticatedPrincipal(c.get('principal')),
        c.req.valid('param').code,
      );
      await repo.services.retire(service.code, clock().toISOString());
      return c.json({ code: service.code, status: 'retired' as const }, 200);
    });
}
