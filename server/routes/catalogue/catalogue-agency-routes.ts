import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../app/app-env.ts';
import { LocalizedTextSchema } from '../openapi-schemas.ts';

const CatalogueAgencySchema = z
  .object({
    code: z.string().openapi({ example: 'vid' }),
    name: LocalizedTextSchema,
    serviceCount: z.number().int(),
  })
  .openapi('CatalogueAgency');

const list = createRoute({
  method: 'get',
  path: '/catalogue/agencies',
  tags: ['Catalogue (public)'],
  summary: 'The agencies that have services in the catalogue, with how many (for an agency filter)',
  responses: {
    200: {
      description: 'Agencies by code',
      content: { 'application/json': { schema: z.object({ agencies: z.array(CatalogueAgencySchema) }) } },
    },
  },
});

/** Public: a portal's "agency" filter lists only agencies that have something to find. */
export function createCatalogueAgencyRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(list, async (c) =>
    c.json({ agencies: await c.get('deps').repo.catalogue.listAgencies() }, 200),
  );
}
