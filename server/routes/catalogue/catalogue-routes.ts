import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { findLifeSituation } from '../../../schema/register/life-situations.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { canActForAgency } from '../../auth/authenticate.ts';
import { toCatalogueView } from '../../register/catalogue-view.ts';
import { buildCpsvJsonLd } from '../../register/cpsv-jsonld.ts';
import { statisticsQuery, toServiceStatistics } from '../../register/service-statistics.ts';
import { errorResponses, ServiceCodeParam } from '../openapi-schemas.ts';
import { CatalogueEntrySchema, CataloguePageSchema, CatalogueQuerySchema } from './catalogue-schemas.ts';

const tags = ['Catalogue (public)'];

const search = createRoute({
  method: 'get',
  path: '/catalogue',
  tags,
  summary: 'Search and filter the service catalogue',
  description:
    'Published services only, one entry each (the live version). Filters combine; with `q` the best matches come first, otherwise by title. Public.',
  request: { query: CatalogueQuerySchema },
  responses: {
    200: {
      description: 'One page of entries',
      content: { 'application/json': { schema: CataloguePageSchema } },
    },
    ...errorResponses(400, 404),
  },
});

const getEntry = createRoute({
  method: 'get',
  path: '/catalogue/services/{code}',
  tags,
  summary: 'One service’s catalogue entry: what its public page shows',
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: { description: 'The entry', content: { 'application/json': { schema: CatalogueEntrySchema } } },
    ...errorResponses(404),
  },
});

const exportJsonLd = createRoute({
  method: 'get',
  path: '/catalogue/cpsv.jsonld',
  tags,
  summary: 'The whole catalogue as CPSV-AP JSON-LD',
  description:
    'Every published service as a cpsv:PublicService (EU Core Public Service Vocabulary Application Profile), with its competent authority, life and business events, channels, cost, processing time, legal resources, evidence, outputs and contact point.',
  responses: {
    200: {
      description: 'A JSON-LD document with @context and @graph',
      content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()) } },
    },
  },
});

const Figures = z
  .object({ average: z.number(), median: z.number(), p90: z.number(), max: z.number() })
  .nullable()
  .openapi({ description: 'Days; null until a request is decided' });

const statistics = createRoute({
  method: 'get',
  path: '/catalogue/services/{code}/statistics',
  tags,
  summary: 'How long the service really takes, from the central status history',
  description:
    'Decided requests (completed or rejected) from submission to their first decision, leaving out time spent awaiting the applicant; working days are Riga calendar days from Monday to Friday without Latvian public holidays. `overdue` (open requests past the target) is a count, only for the owning agency (the requests themselves: GET /api/services/{code}/overdue-requests). Public.',
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: {
      description: 'The figures',
      content: {
        'application/json': {
          schema: z
            .object({
              requests: z.number().int(),
              decided: z.number().int(),
              targetProcessingTime: z.string(),
              calendarDays: Figures,
              workingDays: Figures,
              withinTarget: z
                .number()
                .nullable()
                .openapi({ description: 'Share 0-1 decided within the target' }),
              overdue: z.number().int().nullable(),
              rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
              histogram: z.array(
                z.object({
                  label: z.string(),
                  from: z.number(),
                  to: z.number().nullable(),
                  count: z.number().int(),
                }),
              ),
            })
            .openapi('ServiceStatistics'),
        },
      },
    },
    ...errorResponses(404),
  },
});

/** The public catalogue (issue 7, P7, P8): search, filters, pages, entries, CPSV-AP export. */
export function createCatalogueRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(search, async (c) => {
      const { repo } = c.get('deps');
      const query = c.req.valid('query');
      if (query.lifeSituation !== undefined && !findLifeSituation(query.lifeSituation)) {
        throw new ApiError(404, 'life_situation_not_found', 'There is no such life situation.');
      }
      const result = await repo.catalogue.search({
        text: query.q,
        audience: query.audience,
        lifeSituation: query.lifeSituation,
        agencyCode: query.agency,
        language: query.lang,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const origin = c.get('portal').origin;
      return c.json(
        {
          total: result.total,
          page: query.page,
          pageSize: query.pageSize,
          entries: result.entries.map((entry) => toCatalogueView(entry, origin)),
        },
        200,
      );
    })
    .openapi(getEntry, async (c) => {
      const { code } = c.req.valid('param');
      const entry = await c.get('deps').repo.catalogue.get(code);
      if (!entry) {
        throw new ApiError(
          404,
          'service_not_found',
          `There is no published service with the code "${code}".`,
        );
      }
      return c.json(toCatalogueView(entry, c.get('portal').origin), 200);
    })
    .openapi(statistics, async (c) => {
      const { code } = c.req.valid('param');
      const { repo, clock } = c.get('deps');
      const entry = await repo.catalogue.get(code);
      if (!entry) {
        throw new ApiError(
          404,
          'service_not_found',
          `There is no published service with the code "${code}".`,
        );
      }
      // From the requests' processing clocks, kept with every status change (issue 7: 100,000
      // requests within 200 ms), not from the histories themselves.
      const figures = toServiceStatistics(
        await repo.statistics.aggregate(code, statisticsQuery(entry.targetProcessingTime, clock())),
      );
      const principal = c.get('principal');
      const ownAgency = principal !== null && canActForAgency(principal, entry.agencyId);
      return c.json(
        {
          ...figures,
          targetProcessingTime: entry.targetProcessingTime,
          overdue: ownAgency ? figures.overdue : null,
          rating: await repo.catalogue.ratingSummary(code),
        },
        200,
      );
    })
    .openapi(exportJsonLd, async (c) => {
      const entries = await c.get('deps').repo.catalogue.listAll();
      const document = buildCpsvJsonLd(entries, c.get('portal').origin);
      const response = c.json(document, 200);
      // JSON-LD's own media type (RFC 6839 / W3C JSON-LD 1.1 §9), so linked-data clients recognise it.
      response.headers.set('content-type', 'application/ld+json; charset=utf-8');
      return response;
    });
}
