import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { principalId } from '../../auth/principal.ts';
import type { Repository } from '../../storage/repository.ts';
import { API_KEY_SECURITY, errorResponses } from '../openapi-schemas.ts';
import { PublishingSettingsSchema } from './review-schemas.ts';

const tags = ['Reviewed publishing'];
const AgencyParam = z
  .string()
  .min(1)
  .max(64)
  .openapi({ param: { name: 'agency', in: 'path' }, example: 'demo-agency' });

const read = createRoute({
  method: 'get',
  path: '/agencies/{agency}/publishing-settings',
  tags,
  summary: 'Whether the agency publishes only through review',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:read')] as const,
  request: { params: z.object({ agency: AgencyParam }) },
  responses: {
    200: {
      description: 'The settings',
      content: { 'application/json': { schema: PublishingSettingsSchema } },
    },
    ...errorResponses(401, 403, 404),
  },
});

const write = createRoute({
  method: 'put',
  path: '/agencies/{agency}/publishing-settings',
  tags,
  summary: 'Require (or stop requiring) review before publishing',
  description:
    'For the agency’s administrators (`keys:manage`): designers cannot switch review off for themselves.',
  security: API_KEY_SECURITY,
  middleware: [requireScope('keys:manage')] as const,
  request: {
    params: z.object({ agency: AgencyParam }),
    body: { required: true, content: { 'application/json': { schema: PublishingSettingsSchema } } },
  },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: PublishingSettingsSchema } } },
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
});

async function ownAgencyId(
  repo: Repository,
  principal: ReturnType<typeof authenticatedPrincipal>,
  code: string,
) {
  const agency = await repo.agencies.getByCode(code);
  if (!agency || !canActForAgency(principal, agency.id)) {
    throw new ApiError(404, 'agency_not_found', 'There is no such agency among yours.');
  }
  return agency.id;
}

/** An agency's publishing rule (issue 7): "publishing needs review". */
export function createPublishingSettingsRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(read, async (c) => {
      const { repo } = c.get('deps');
      const agencyId = await ownAgencyId(
        repo,
        authenticatedPrincipal(c.get('principal')),
        c.req.valid('param').agency,
      );
      return c.json({ reviewRequired: await repo.reviews.reviewRequired(agencyId) }, 200);
    })
    .openapi(write, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const agencyId = await ownAgencyId(repo, principal, c.req.valid('param').agency);
      const { reviewRequired } = c.req.valid('json');
      await repo.reviews.setReviewRequired(
        agencyId,
        reviewRequired,
        principalId(principal),
        clock().toISOString(),
      );
      return c.json({ reviewRequired }, 200);
    });
}
