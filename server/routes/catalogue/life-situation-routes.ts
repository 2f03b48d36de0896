import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { findLifeSituation, LIFE_SITUATIONS } from '../../../schema/register/life-situations.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { toCatalogueView } from '../../register/catalogue-view.ts';
import { errorResponses } from '../openapi-schemas.ts';
import { CatalogueEntrySchema, LifeSituationSchema } from './catalogue-schemas.ts';

const tags = ['Catalogue (public)'];
const MAX_SERVICES = 100;

const list = createRoute({
  method: 'get',
  path: '/life-situations',
  tags,
  summary: 'The life situations and business events register, with how many services each has',
  responses: {
    200: {
      description: 'Every life situation',
      content: { 'application/json': { schema: z.object({ lifeSituations: z.array(LifeSituationSchema) }) } },
    },
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/life-situations/{code}',
  tags,
  summary: 'One life situation and its published services',
  request: {
    params: z.object({
      code: z
        .string()
        .max(64)
        .openapi({ param: { name: 'code', in: 'path' }, example: 'moving-house' }),
    }),
  },
  responses: {
    200: {
      description: 'The life situation and its services, by title',
      content: {
        'application/json': {
          schema: LifeSituationSchema.extend({ services: z.array(CatalogueEntrySchema) }),
        },
      },
    },
    ...errorResponses(404),
  },
});

/** The life situations register (issue 7, P7): people find services by what happens in their life. */
export function createLifeSituationRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(list, async (c) => {
      const { repo } = c.get('deps');
      const counted = await Promise.all(
        LIFE_SITUATIONS.map(async (situation) => {
          const page = await repo.catalogue.search({
            lifeSituation: situation.code,
            language: 'lv',
            offset: 0,
            limit: 0,
          });
          return { ...situation, serviceCount: page.total };
        }),
      );
      return c.json({ lifeSituations: counted }, 200);
    })
    .openapi(getOne, async (c) => {
      const situation = findLifeSituation(c.req.valid('param').code);
      if (!situation) throw new ApiError(404, 'life_situation_not_found', 'There is no such life situation.');
      const page = await c.get('deps').repo.catalogue.search({
        lifeSituation: situation.code,
        language: c.req.query('lang') === 'en' ? 'en' : 'lv',
        offset: 0,
        limit: MAX_SERVICES,
      });
      const origin = c.get('portal').origin;
      return c.json(
        {
          ...situation,
          serviceCount: page.total,
          services: page.entries.map((entry) => toCatalogueView(entry, origin)),
        },
        200,
      );
    });
}
