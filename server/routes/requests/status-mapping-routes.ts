/**
 * Per-service status mappings (issue 6, ZGW status types): the agency's own codes, the unified
 * status each means, the citizen-facing text in Latvian and English, whether to notify and
 * whether it ends the request. Without any, the unified statuses' names are the codes.
 */
import { randomUUID } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { effectiveMappings } from '../../requests/status-mappings.ts';
import { FINAL_STATUSES } from '../../storage/request-records.ts';
import { errorResponses, ServiceCodeParam } from '../openapi-schemas.ts';
import { MappingInputSchema, MappingSchema, StatusCodeParam } from './request-schemas.ts';

const SECURITY = {
  security: [{ apiKey: [] }, { session: [] }] as Array<Record<string, string[]>>,
  middleware: requireScope('requests:manage'),
};
const TAGS = ['Requests'];
const MappingsSchema = z.object({
  mappings: z.array(MappingSchema),
  usingDefaults: z.boolean().openapi({ description: 'True while the service has no mapping of its own' }),
});

const list = createRoute({
  method: 'get',
  path: '/services/{code}/status-mappings',
  tags: TAGS,
  summary: "The service's status codes and what each means",
  ...SECURITY,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: {
      description: 'The mappings in effect',
      content: { 'application/json': { schema: MappingsSchema } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const put = createRoute({
  method: 'put',
  path: '/services/{code}/status-mappings/{statusCode}',
  tags: TAGS,
  summary: 'Add or change one status code of the service',
  description: 'Once a service has a mapping of its own, only its codes are accepted.',
  ...SECURITY,
  request: {
    params: z.object({ code: ServiceCodeParam, statusCode: StatusCodeParam }),
    body: { required: true, content: { 'application/json': { schema: MappingInputSchema } } },
  },
  responses: {
    200: { description: 'Stored', content: { 'application/json': { schema: MappingSchema } } },
    ...errorResponses(400, 401, 403, 404, 415),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/services/{code}/status-mappings/{statusCode}',
  tags: TAGS,
  summary: 'Remove one status code of the service (history already written keeps it)',
  ...SECURITY,
  request: { params: z.object({ code: ServiceCodeParam, statusCode: StatusCodeParam }) },
  responses: {
    204: { description: 'Removed' },
    ...errorResponses(401, 403, 404),
  },
});

async function ownService(c: Context<AppEnv>, code: string) {
  const principal = authenticatedPrincipal(c.get('principal'));
  const service = await c.get('deps').repo.services.get(code);
  if (!service || !canActForAgency(principal, service.agencyId)) {
    throw new ApiError(404, 'service_not_found', 'There is no such service for your agency.');
  }
  return service;
}

export function createStatusMappingRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(list, async (c) => {
      const service = await ownService(c, c.req.valid('param').code);
      const configured = await c.get('deps').repo.requests.listMappings(service.code);
      const mappings = await effectiveMappings(c.get('deps').repo, service.code);
      return c.json({ mappings, usingDefaults: configured.length === 0 }, 200);
    })
    .openapi(put, async (c) => {
      const { code, statusCode } = c.req.valid('param');
      const service = await ownService(c, code);
      const input = c.req.valid('json');
      const at = c.get('deps').clock().toISOString();
      const stored = await c.get('deps').repo.requests.putMapping({
        id: randomUUID(),
        agencyId: service.agencyId,
        serviceCode: service.code,
        code: statusCode,
        status: input.status,
        text: input.text,
        notify: input.notify,
        final: input.final ?? FINAL_STATUSES.includes(input.status),
        createdAt: at,
        updatedAt: at,
      });
      const { code: mappedCode, status, text, notify, final } = stored;
      return c.json({ code: mappedCode, status, text, notify, final }, 200);
    })
    .openapi(remove, async (c) => {
      const { code, statusCode } = c.req.valid('param');
      const service = await ownService(c, code);
      const gone = await c.get('deps').repo.requests.deleteMapping(service.code, statusCode);
      if (!gone) throw new ApiError(404, 'not_found', 'The service has no such status code.');
      return c.body(null, 204);
    });
}
