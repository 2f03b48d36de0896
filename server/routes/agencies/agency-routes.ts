import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { createApiKeySecret } from '../../auth/api-key-secret.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import type { Principal } from '../../auth/principal.ts';
import {
  type AgencyRecord,
  API_KEY_SCOPES,
  DuplicateError,
  type Repository,
} from '../../storage/repository.ts';
import { API_KEY_SECURITY, errorResponses, LocalizedTextSchema } from '../openapi-schemas.ts';

const AgencySchema = z
  .object({
    code: z.string(),
    name: LocalizedTextSchema,
    registrationNumber: z.string(),
    eAddress: z.string().openapi({ description: 'Official e-address of the agency' }),
    createdAt: z.string(),
  })
  .openapi('Agency');

const ApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.enum(API_KEY_SCOPES)),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

const AgencyCodeParam = z
  .string()
  .regex(/^[a-z0-9-]{2,40}$/)
  .openapi({ param: { name: 'agency', in: 'path' }, example: 'demo-agency' });

const tags = ['Agencies'];

const listAgencies = createRoute({
  method: 'get',
  path: '/agencies',
  tags,
  summary: 'Agencies the caller may act for (all of them for platform keys)',
  security: API_KEY_SECURITY,
  responses: {
    200: {
      description: 'Agencies',
      content: { 'application/json': { schema: z.object({ agencies: z.array(AgencySchema) }) } },
    },
    ...errorResponses(401),
  },
});

const createAgency = createRoute({
  method: 'post',
  path: '/agencies',
  tags,
  summary: 'Register an agency (platform administrators)',
  security: API_KEY_SECURITY,
  middleware: [requireScope('platform:admin')] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            code: z.string().regex(/^[a-z0-9-]{2,40}$/),
            name: z.object({ lv: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
            registrationNumber: z.string().regex(/^\d{11}$/),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: AgencySchema } } },
    ...errorResponses(400, 401, 403, 409, 415, 422),
  },
});

const createKey = createRoute({
  method: 'post',
  path: '/agencies/{agency}/api-keys',
  tags,
  summary: "Issue an API key for the agency's programs; the secret is shown once",
  security: API_KEY_SECURITY,
  middleware: [requireScope('keys:manage')] as const,
  request: {
    params: z.object({ agency: AgencyCodeParam }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            name: z.string().min(1).max(100),
            scopes: z.array(z.enum(API_KEY_SCOPES).exclude(['platform:admin'])).min(1),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Issued. Store `token` now: only its hash is kept.',
      content: { 'application/json': { schema: ApiKeySchema.extend({ token: z.string() }) } },
    },
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
});

const listKeys = createRoute({
  method: 'get',
  path: '/agencies/{agency}/api-keys',
  tags,
  summary: "The agency's API keys (never their secrets)",
  security: API_KEY_SECURITY,
  middleware: [requireScope('keys:manage')] as const,
  request: { params: z.object({ agency: AgencyCodeParam }) },
  responses: {
    200: {
      description: 'Keys',
      content: { 'application/json': { schema: z.object({ keys: z.array(ApiKeySchema) }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const revokeKey = createRoute({
  method: 'delete',
  path: '/agencies/{agency}/api-keys/{id}',
  tags,
  summary: 'Revoke an API key at once',
  security: API_KEY_SECURITY,
  middleware: [requireScope('keys:manage')] as const,
  request: {
    params: z.object({
      agency: AgencyCodeParam,
      id: z
        .string()
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: {
    204: { description: 'Revoked' },
    ...errorResponses(401, 403, 404),
  },
});

export function toAgencyView(agency: AgencyRecord) {
  return {
    code: agency.code,
    name: agency.name,
    registrationNumber: agency.registrationNumber,
    eAddress: `_DEFAULT@${agency.registrationNumber}`,
    createdAt: agency.createdAt,
  };
}

async function findAgencyFor(repo: Repository, principal: Principal, code: string): Promise<AgencyRecord> {
  const agency = await repo.agencies.getByCode(code);
  if (!agency || !canActForAgency(principal, agency.id)) {
    throw new ApiError(404, 'agency_not_found', `There is no agency "${code}" that you may manage.`);
  }
  return agency;
}

/** Agencies and their API keys. */
export function createAgencyRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(listAgencies, async (c) => {
      const { repo } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const all = await repo.agencies.list();
      const visible = all.filter((a) => canActForAgency(principal, a.id));
      return c.json({ agencies: visible.map(toAgencyView) }, 200);
    })
    .openapi(createAgency, async (c) => {
      const { repo, clock } = c.get('deps');
      const body = c.req.valid('json');
      try {
        const agency = await repo.agencies.create({
          id: crypto.randomUUID(),
          code: body.code,
          name: body.name,
          registrationNumber: body.registrationNumber,
          createdAt: clock().toISOString(),
        });
        return c.json(toAgencyView(agency), 201);
      } catch (err) {
        if (err instanceof DuplicateError)
          throw new ApiError(409, 'agency_exists', `The agency code "${body.code}" is taken.`);
        throw err;
      }
    })
    .openapi(createKey, async (c) => {
      const deps = c.get('deps');
      const agency = await findAgencyFor(
        deps.repo,
        authenticatedPrincipal(c.get('principal')),
        c.req.valid('param').agency,
      );
      const body = c.req.valid('json');
      const secret = createApiKeySecret(deps.randomBytes);
      const key = await deps.repo.apiKeys.create({
        id: crypto.randomUUID(),
        agencyId: agency.id,
        name: body.name,
        prefix: secret.prefix,
        secretHash: secret.secretHash,
        scopes: [...new Set(body.scopes)],
        createdAt: deps.clock().toISOString(),
        revokedAt: null,
      });
      const { secretHash: _hash, agencyId: _agency, ...view } = key;
      return c.json({ ...view, token: secret.token }, 201);
    })
    .openapi(listKeys, async (c) => {
      const { repo } = c.get('deps');
      const agency = await findAgencyFor(
        repo,
        authenticatedPrincipal(c.get('principal')),
        c.req.valid('param').agency,
      );
      const keys = await repo.apiKeys.listByAgency(agency.id);
      return c.json({ keys: keys.map(({ secretHash: _h, agencyId: _a, ...view }) => view) }, 200);
    })
    .openapi(revokeKey, async (c) => {
      const { repo, clock } = c.get('deps');
      const params = c.req.valid('param');
      const agency = await findAgencyFor(repo, authenticatedPrincipal(c.get('principal')), params.agency);
      const keys = await repo.apiKeys.listByAgency(agency.id);
      if (!keys.some((k) => k.id === params.id))
        throw new ApiError(404, 'not_found', 'There is no such key.');
      await repo.apiKeys.revoke(params.id, clock().toISOString());
      return c.body(null, 204);
    });
}
