import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { acceptsEncoding } from '../../app/accepts-encoding.ts';
import type { AppEnv } from '../../app/app-env.ts';
import {
  findPublicService,
  findPublishedVersion,
  loadPublishedView,
} from '../../registry/published-service.ts';
import type { ValidatorModuleCache } from '../../validators/validator-module-cache.ts';
import {
  errorResponses,
  LocalizedTextSchema,
  ServiceCodeParam,
  ServiceDefinitionSchema,
} from '../openapi-schemas.ts';

const PublishedServiceSchema = z
  .object({
    code: z.string(),
    version: z.number().int(),
    latestVersion: z.number().int(),
    state: z.enum(['published', 'retired']),
    agency: z.object({ code: z.string(), name: LocalizedTextSchema }),
    publishedAt: z.string(),
    definition: ServiceDefinitionSchema,
  })
  .openapi('PublishedService');

const VersionSummarySchema = z
  .object({ version: z.number().int(), publishedAt: z.string(), title: LocalizedTextSchema })
  .openapi('VersionSummary');

const VersionParams = z.object({
  code: ServiceCodeParam,
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});

const getLatest = createRoute({
  method: 'get',
  path: '/services/{code}',
  tags: ['Services (public)'],
  summary: 'The latest published version of a service',
  description: 'What the runtime renders at the deep link `/services/{code}/apply`. Public.',
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: {
      description: 'The latest published version',
      content: { 'application/json': { schema: PublishedServiceSchema } },
    },
    ...errorResponses(404, 410),
  },
});

const getVersion = createRoute({
  method: 'get',
  path: '/services/{code}/versions/{version}',
  tags: ['Services (public)'],
  summary: 'One published version of a service',
  description: 'Pinned deep links (`?version=N`) use this. A published version never changes. Public.',
  request: { params: VersionParams },
  responses: {
    200: { description: 'That version', content: { 'application/json': { schema: PublishedServiceSchema } } },
    ...errorResponses(400, 404, 409, 410),
  },
});

const getValidators = createRoute({
  method: 'get',
  path: '/services/{code}/versions/{version}/validators.js',
  tags: ['Services (public)'],
  summary: "One published version's form validators, precompiled",
  description:
    'A JavaScript module (ajv standalone code) that the citizen runtime imports, so the browser validates answers exactly as the server does without compiling a schema or evaluating code (strict Content-Security-Policy). Made once per published version and cached for a year: a published version never changes. Public.',
  request: { params: VersionParams },
  responses: {
    200: {
      description: 'The module',
      content: { 'text/javascript': { schema: z.string() } },
    },
    ...errorResponses(400, 404, 409, 410),
  },
});

const listVersions = createRoute({
  method: 'get',
  path: '/services/{code}/versions',
  tags: ['Services (public)'],
  summary: 'Published versions of a service, newest first',
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: {
      description: 'Version history',
      content: { 'application/json': { schema: z.object({ versions: z.array(VersionSummarySchema) }) } },
    },
    ...errorResponses(404, 410),
  },
});

/** Read-only routes over published versions; anyone may call them (published forms are public). */
export function createPublicServiceRoutes(validatorModules: ValidatorModuleCache) {
  return new OpenAPIHono<AppEnv>()
    .openapi(getLatest, async (c) => {
      return c.json(await loadPublishedView(c.get('deps').repo, c.req.valid('param').code, undefined), 200);
    })
    .openapi(getVersion, async (c) => {
      const { code, version } = c.req.valid('param');
      return c.json(await loadPublishedView(c.get('deps').repo, code, version), 200);
    })
    .openapi(getValidators, async (c) => {
      const { repo } = c.get('deps');
      const params = c.req.valid('param');
      const service = await findPublicService(repo, params.code);
      const version = await findPublishedVersion(repo, service, params.version);
      const module = validatorModules.get(service.code, version.version, version.definition.form.schema);
      // The URL names an immutable version: cached for a year. Errors above are not cached.
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      c.header('Vary', 'Accept-Encoding');
      if (acceptsEncoding(c.req.header('Accept-Encoding'), 'gzip')) {
        c.header('Content-Encoding', 'gzip');
        return c.body(module.gzipped, 200);
      }
      return c.body(module.code, 200);
    })
    .openapi(listVersions, async (c) => {
      const { repo } = c.get('deps');
      const service = await findPublicService(repo, c.req.valid('param').code);
      const versions = await repo.services.listVersions(service.code);
      return c.json(
        {
          versions: versions.map((v) => ({
            version: v.version,
            publishedAt: v.publishedAt,
            title: v.definition.title,
          })),
        },
        200,
      );
    });
}
