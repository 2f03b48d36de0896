/**
 * Overdue requests, for the agency (issue 7, service levels: target times and their control): a
 * service's open requests whose processing time so far (awaiting the applicant left out) is past
 * the service's target, the longest overdue first. The public statistics give only their number,
 * and only to the owning agency; this list names them. Agency-scoped like the other request
 * APIs: another agency's service answers 404, as if it did not exist.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { DAY_MS } from '../../register/riga-calendar.ts';
import { statisticsQuery } from '../../register/service-statistics.ts';
import { errorResponses, ServiceCodeParam } from '../openapi-schemas.ts';
import { UnifiedStatusSchema } from './request-schemas.ts';

const OverdueListSchema = z
  .object({
    targetProcessingTime: z
      .string()
      .openapi({ description: 'The live version’s target (ISO 8601 duration)' }),
    total: z.number().int().openapi({ description: 'How many open requests are past the target now' }),
    requests: z.array(
      z.object({
        reference: z.string(),
        status: UnifiedStatusSchema,
        submittedAt: z.string(),
        elapsedDays: z
          .number()
          .openapi({ description: 'Calendar days so far, awaiting the applicant left out (one decimal)' }),
        overdueDays: z.number().openapi({ description: 'Days past the target (one decimal)' }),
      }),
    ),
  })
  .openapi('OverdueRequests');

const list = createRoute({
  method: 'get',
  path: '/services/{code}/overdue-requests',
  tags: ['Requests'],
  summary: "The service's open requests past their target time, longest overdue first",
  description:
    'Open means neither decided (completed, rejected) nor withdrawn. Time runs from submission and stands while the applicant is awaited. Without a target duration nothing is overdue.',
  security: [{ apiKey: [] }, { session: [] }] as Array<Record<string, string[]>>,
  middleware: requireScope('requests:manage'),
  request: {
    params: z.object({ code: ServiceCodeParam }),
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).max(100_000).default(0),
    }),
  },
  responses: {
    200: {
      description: 'A page of overdue requests',
      content: { 'application/json': { schema: OverdueListSchema } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

/** The caller's agency's service and its target, or 404 as if it did not exist. */
async function ownServiceTarget(c: Context<AppEnv>, code: string): Promise<string> {
  const principal = authenticatedPrincipal(c.get('principal'));
  const { repo } = c.get('deps');
  const service = await repo.services.get(code);
  if (!service || !canActForAgency(principal, service.agencyId)) {
    throw new ApiError(404, 'service_not_found', 'There is no such service for your agency.');
  }
  // The live version's target; a service never published has no requests, so its draft's will do.
  const live =
    service.latestVersion === null ? null : await repo.services.getVersion(code, service.latestVersion);
  return (live?.definition ?? service.draft).settings.targetProcessingTime;
}

const days = (ms: number) => Math.round((ms / DAY_MS) * 10) / 10;

export function createOverdueRequestRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(list, async (c) => {
    const { code } = c.req.valid('param');
    const { limit, offset } = c.req.valid('query');
    const target = await ownServiceTarget(c, code);
    const query = statisticsQuery(target, c.get('deps').clock());
    if (query.targetMs === null) return c.json({ targetProcessingTime: target, total: 0, requests: [] }, 200);
    const page = await c
      .get('deps')
      .repo.statistics.listOverdue(code, { targetMs: query.targetMs, nowMs: query.nowMs, limit, offset });
    return c.json(
      {
        targetProcessingTime: target,
        total: page.total,
        requests: page.requests.map((r) => ({
          reference: r.reference,
          status: r.status,
          submittedAt: r.submittedAt,
          elapsedDays: days(r.elapsedMs),
          overdueDays: days(r.overdueMs),
        })),
      },
      200,
    );
  });
}
