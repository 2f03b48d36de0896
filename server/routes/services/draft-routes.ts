import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { SERVICE_CODE_PATTERN } from '../../../schema/service-definition.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import type { Principal } from '../../auth/principal.ts';
import { findOwnService } from '../../registry/agency-service.ts';
import { checkDraftForSaving, stampDraft } from '../../registry/draft-checks.ts';
import type { Repository, ServiceRecord } from '../../storage/repository.ts';
import { DuplicateError } from '../../storage/repository.ts';
import {
  API_KEY_SECURITY,
  DefinitionInputSchema,
  errorResponses,
  IssueSchema,
  LocalizedTextSchema,
  ServiceCodeParam,
  ServiceDefinitionSchema,
} from '../openapi-schemas.ts';

const ServiceSummarySchema = z
  .object({
    code: z.string(),
    agency: z.string(),
    status: z.enum(['draft', 'published', 'retired']),
    title: LocalizedTextSchema,
    latestVersion: z.number().int().nullable(),
    draftRevision: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('ServiceSummary');

const DraftSchema = z
  .object({
    code: z.string(),
    status: z.enum(['draft', 'published', 'retired']),
    revision: z.number().int().openapi({ description: 'Send it back as baseRevision when saving' }),
    latestVersion: z.number().int().nullable(),
    definition: ServiceDefinitionSchema,
    issues: z.array(IssueSchema).openapi({ description: 'What must be fixed before publishing' }),
  })
  .openapi('Draft');

const tags = ['Services (agency)'];

const listServices = createRoute({
  method: 'get',
  path: '/services',
  tags,
  summary: "The caller's agency's services, drafts included",
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:read')] as const,
  request: {
    query: z.object({
      agency: z.string().optional().openapi({ description: 'Platform keys: filter by agency code' }),
    }),
  },
  responses: {
    200: {
      description: 'Services',
      content: { 'application/json': { schema: z.object({ services: z.array(ServiceSummarySchema) }) } },
    },
    ...errorResponses(401, 403),
  },
});

const createService = createRoute({
  method: 'post',
  path: '/services',
  tags,
  summary: 'Create a service with its first draft',
  description:
    'The agency comes from the API key (platform keys name it in definition.agency). Code, agency, state and version are set by the server.',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:write')] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ definition: DefinitionInputSchema }) } },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: DraftSchema } } },
    ...errorResponses(400, 401, 403, 409, 413, 415, 422),
  },
});

const getDraft = createRoute({
  method: 'get',
  path: '/services/{code}/draft',
  tags,
  summary: 'The working draft of a service',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:read')] as const,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: { description: 'The draft', content: { 'application/json': { schema: DraftSchema } } },
    ...errorResponses(401, 403, 404),
  },
});

const saveDraft = createRoute({
  method: 'put',
  path: '/services/{code}/draft',
  tags,
  summary: 'Save the draft (optimistic locking)',
  description:
    'Send the revision you started from as baseRevision. If someone saved in between, the answer is 409 edit_conflict and nothing is overwritten: fetch the draft, merge, save again.',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:write')] as const,
  request: {
    params: z.object({ code: ServiceCodeParam }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ baseRevision: z.number().int().min(0), definition: DefinitionInputSchema }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: DraftSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

function toDraftView(service: ServiceRecord, issues: z.infer<typeof IssueSchema>[]) {
  return {
    code: service.code,
    status: service.status,
    revision: service.draftRevision,
    latestVersion: service.latestVersion,
    definition: service.draft,
    issues,
  };
}

async function resolveOwningAgency(repo: Repository, principal: Principal, requested: unknown) {
  if (principal.agencyId !== null) {
    const own = await repo.agencies.getById(principal.agencyId);
    if (!own) throw new ApiError(404, 'agency_not_found', 'Your agency no longer exists.');
    return own;
  }
  const agency = typeof requested === 'string' ? await repo.agencies.getByCode(requested) : null;
  if (!agency || !canActForAgency(principal, agency.id)) {
    throw new ApiError(422, 'validation_failed', 'Name an existing agency in definition.agency.', [
      { code: 'agency_not_found', path: '/definition/agency', message: 'No such agency.' },
    ]);
  }
  return agency;
}

/** Drafts: what designers and agencies' programs edit before publishing. */
export function createDraftRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(listServices, async (c) => {
      const { repo } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const filter = c.req.valid('query').agency;
      const agencies = principal.agencyId
        ? [await repo.agencies.getById(principal.agencyId)]
        : filter
          ? [await repo.agencies.getByCode(filter)]
          : await repo.agencies.list();
      const services = [];
      for (const agency of agencies) {
        if (!agency) continue;
        for (const s of await repo.services.listByAgency(agency.id)) {
          services.push({
            code: s.code,
            agency: agency.code,
            status: s.status,
            title: s.draft.title,
            latestVersion: s.latestVersion,
            draftRevision: s.draftRevision,
            updatedAt: s.updatedAt,
          });
        }
      }
      return c.json({ services }, 200);
    })
    .openapi(createService, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const input = c.req.valid('json').definition;
      const code = input.code;
      if (typeof code !== 'string' || !SERVICE_CODE_PATTERN.test(code)) {
        throw new ApiError(422, 'definition_invalid', 'The service code is missing or not URL-safe.', [
          {
            code: 'invalid_service_code',
            path: '/code',
            message:
              'Use 3-64 lower-case letters, digits and single hyphens, e.g. "declaration-of-residence".',
          },
        ]);
      }
      const agency = await resolveOwningAgency(repo, principal, input.agency);
      const { draft, issues } = checkDraftForSaving(
        stampDraft(input, { code, agency: agency.code, nextVersion: 1 }),
      );
      const now = clock().toISOString();
      try {
        const created = await repo.services.create({
          code,
          agencyId: agency.id,
          status: 'draft',
          draft,
          draftRevision: 1,
          latestVersion: null,
          createdAt: now,
          updatedAt: now,
        });
        return c.json(toDraftView(created, issues), 201);
      } catch (err) {
        if (err instanceof DuplicateError) {
          throw new ApiError(409, 'service_exists', `A service with the code "${code}" already exists.`);
        }
        throw err;
      }
    })
    .openapi(getDraft, async (c) => {
      const { repo } = c.get('deps');
      const service = await findOwnService(
        repo,
        authenticatedPrincipal(c.get('principal')),
        c.req.valid('param').code,
      );
      const { issues } = checkDraftForSaving(service.draft as unknown as Record<string, unknown>);
      return c.json(toDraftView(service, issues), 200);
    })
    .openapi(saveDraft, async (c) => {
      const { repo, clock } = c.get('deps');
      const service = await findOwnService(
        repo,
        authenticatedPrincipal(c.get('principal')),
        c.req.valid('param').code,
      );
      const body = c.req.valid('json');
      const { draft, issues } = checkDraftForSaving(
        stampDraft(body.definition, {
          code: service.code,
          agency: service.draft.agency,
          nextVersion: (service.latestVersion ?? 0) + 1,
        }),
      );
      const result = await repo.services.saveDraft(
        service.code,
        draft,
        body.baseRevision,
        clock().toISOString(),
      );
      if (!result.ok && result.reason === 'conflict') {
        throw new ApiError(
          409,
          'edit_conflict',
          `Someone else saved this draft meanwhile (now revision ${result.current.draftRevision}, you started from ${body.baseRevision}). Nothing was overwritten.`,
        );
      }
      if (!result.ok) throw new ApiError(404, 'service_not_found', 'The service no longer exists.');
      return c.json(toDraftView(result.record, issues), 200);
    });
}
