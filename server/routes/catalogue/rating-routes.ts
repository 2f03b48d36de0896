import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { requireSignedInPerson } from '../../auth/authenticate.ts';
import { errorResponses, ServiceCodeParam } from '../openapi-schemas.ts';

const rate = createRoute({
  method: 'post',
  path: '/catalogue/services/{code}/ratings',
  tags: ['Catalogue (public)'],
  summary: 'Rate the service after your request was completed',
  description:
    'The signed-in applicant of a completed request of this service rates it 1-5 with an optional comment, once per request (409 already_rated). Anyone else, or a request not completed yet: 403 rating_not_allowed. The average and count are public in the statistics.',
  security: [{ session: [] }],
  middleware: [requireSignedInPerson()] as const,
  request: {
    params: z.object({ code: ServiceCodeParam }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            reference: z.string().min(1).max(40).openapi({ description: 'Your request’s reference number' }),
            score: z.number().int().min(1).max(5),
            comment: z.string().max(1000).optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Rated',
      content: {
        'application/json': { schema: z.object({ average: z.number().nullable(), count: z.number().int() }) },
      },
    },
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
});

/** Ratings (issue 7, P12, P13): once per completed request, by its applicant. */
export function createRatingRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(rate, async (c) => {
    const { repo, clock } = c.get('deps');
    const principal = c.get('principal');
    const { code } = c.req.valid('param');
    const { reference, score, comment } = c.req.valid('json');
    if (!(await repo.catalogue.get(code))) {
      throw new ApiError(404, 'service_not_found', `There is no published service with the code "${code}".`);
    }
    const submission = await repo.submissions.getByReference(reference);
    const state = submission ? await repo.requests.getState(submission.id) : null;
    const mine =
      principal?.kind === 'user' &&
      submission !== null &&
      submission.serviceCode === code &&
      submission.applicantPersonalCode === principal.personalCode;
    if (!mine || state?.status !== 'completed') {
      throw new ApiError(
        403,
        'rating_not_allowed',
        'You can rate a service once your own request for it is completed.',
      );
    }
    const created = await repo.catalogue.addRating({
      submissionId: submission.id,
      serviceCode: code,
      score,
      comment: comment?.trim() || null,
      createdAt: clock().toISOString(),
    });
    if (!created) throw new ApiError(409, 'already_rated', 'This request has already been rated.');
    return c.json(await repo.catalogue.ratingSummary(code), 201);
  });
}
