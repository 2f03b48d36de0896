import { randomUUID } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { type Principal, principalId } from '../../auth/principal.ts';
import { findOwnService } from '../../registry/agency-service.ts';
import { checkDraftForPublishing } from '../../registry/draft-checks.ts';
import type { ReviewDecisionResult, ReviewRecord } from '../../storage/register-records.ts';
import { REVIEW_STATES } from '../../storage/register-records.ts';
import { DuplicateError, type Repository } from '../../storage/repository.ts';
import type { ValidatorModuleCache } from '../../validators/validator-module-cache.ts';
import { API_KEY_SECURITY, errorResponses, ServiceCodeParam } from '../openapi-schemas.ts';
import { ReviewIdParam, ReviewSchema, ReviewSummarySchema } from './review-schemas.ts';

const tags = ['Reviewed publishing'];

const submit = createRoute({
  method: 'post',
  path: '/services/{code}/reviews',
  tags,
  summary: 'Submit the draft for review',
  description:
    'Freezes the current draft (checked as publishing would: 422 definition_invalid with issues) as a version waiting for review. One at a time per service (409 review_pending). Approving it publishes exactly this.',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:write')] as const,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    201: { description: 'Waiting for review', content: { 'application/json': { schema: ReviewSchema } } },
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

const list = createRoute({
  method: 'get',
  path: '/reviews',
  tags,
  summary: 'Your agency’s reviews, newest first',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:read')] as const,
  request: {
    query: z.object({ state: z.enum(REVIEW_STATES).optional(), service: z.string().max(64).optional() }),
  },
  responses: {
    200: {
      description: 'Reviews without their definitions',
      content: { 'application/json': { schema: z.object({ reviews: z.array(ReviewSummarySchema) }) } },
    },
    ...errorResponses(400, 401, 403),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/reviews/{id}',
  tags,
  summary: 'One review: the submitted version and the live one, for the diff',
  security: API_KEY_SECURITY,
  middleware: [requireScope('services:read')] as const,
  request: { params: z.object({ id: ReviewIdParam }) },
  responses: {
    200: { description: 'The review', content: { 'application/json': { schema: ReviewSchema } } },
    ...errorResponses(401, 403, 404),
  },
});

const decision = <C extends z.ZodType>(path: string, summary: string, description: string, comment: C) =>
  createRoute({
    method: 'post',
    path,
    tags,
    summary,
    description,
    security: API_KEY_SECURITY,
    middleware: [requireScope('services:review')] as const,
    request: {
      params: z.object({ id: ReviewIdParam }),
      body: { required: true, content: { 'application/json': { schema: z.object({ comment }) } } },
    },
    responses: {
      200: { description: 'Decided', content: { 'application/json': { schema: ReviewSchema } } },
      ...errorResponses(400, 401, 403, 404, 409, 415, 422),
    },
  });

const approve = decision(
  '/reviews/{id}/approve',
  'Approve: the submitted version goes live',
  'Publishes exactly the submitted version, in one transaction with the approval. The author may not approve their own version (403 own_review); a decided review answers 409 review_already_decided.',
  z.string().max(2000).optional(),
);

const returnForChanges = decision(
  '/reviews/{id}/return',
  'Return the version to the designer with a comment',
  'Nothing is published. The designer fixes the draft and submits it again. The author may not return their own version (403 own_review).',
  // Required, but checked after the review is found: another agency's id answers 404 whatever the body.
  z.string().max(2000).optional(),
);

function toSummary(review: ReviewRecord, principal: Principal) {
  const { definition, agencyId: _agency, ...rest } = review;
  return { ...rest, title: definition.title, yours: review.submittedBy === principalId(principal) };
}

async function toView(repo: Repository, review: ReviewRecord, principal: Principal) {
  const live =
    review.baseVersion === null
      ? null
      : await repo.services.getVersion(review.serviceCode, review.baseVersion);
  return { ...toSummary(review, principal), definition: review.definition, live: live?.definition ?? null };
}

/** Another agency's review answers exactly like a missing one. */
async function findOwnReview(repo: Repository, principal: Principal, id: string): Promise<ReviewRecord> {
  const review = await repo.reviews.get(id);
  if (!review || !canActForAgency(principal, review.agencyId)) {
    throw new ApiError(404, 'review_not_found', 'There is no such review in your agency.');
  }
  return review;
}

function decided(result: ReviewDecisionResult): ReviewRecord {
  if (result.ok) return result.review;
  if (result.reason === 'already_decided')
    throw new ApiError(409, 'review_already_decided', 'This version has already been approved or returned.');
  if (result.reason === 'retired')
    throw new ApiError(409, 'service_retired', 'The service has been retired.');
  throw new ApiError(404, 'review_not_found', 'There is no such review in your agency.');
}

/** Reviewed publishing (issue 7): submit, list, read with the live version, approve, return. */
export function createReviewRoutes(validatorModules: ValidatorModuleCache) {
  return new OpenAPIHono<AppEnv>()
    .openapi(submit, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const service = await findOwnService(repo, principal, c.req.valid('param').code);
      if (service.status === 'retired') {
        throw new ApiError(409, 'service_retired', 'A retired service cannot be published again.');
      }
      const definition = checkDraftForPublishing(service.draft);
      try {
        const review = await repo.reviews.create({
          id: randomUUID(),
          serviceCode: service.code,
          agencyId: service.agencyId,
          state: 'pending',
          definition,
          baseVersion: service.latestVersion,
          submittedBy: principalId(principal),
          submittedAt: clock().toISOString(),
          decidedBy: null,
          decidedAt: null,
          comment: null,
          publishedVersion: null,
        });
        return c.json(await toView(repo, review, principal), 201);
      } catch (error) {
        if (error instanceof DuplicateError) {
          throw new ApiError(
            409,
            'review_pending',
            'A version of this service is already waiting for review.',
          );
        }
        throw error;
      }
    })
    .openapi(list, async (c) => {
      const { repo } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const { state, service } = c.req.valid('query');
      if (principal.agencyId === null) return c.json({ reviews: [] }, 200);
      const reviews = service
        ? (await repo.reviews.listByService(service)).filter(
            (review) => review.agencyId === principal.agencyId && (!state || review.state === state),
          )
        : await repo.reviews.listByAgency(principal.agencyId, state);
      return c.json({ reviews: reviews.map((review) => toSummary(review, principal)) }, 200);
    })
    .openapi(getOne, async (c) => {
      const { repo } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const review = await findOwnReview(repo, principal, c.req.valid('param').id);
      return c.json(await toView(repo, review, principal), 200);
    })
    .openapi(approve, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const review = await findOwnReview(repo, principal, c.req.valid('param').id);
      refuseOwnReview(review, principal);
      const comment = c.req.valid('json').comment?.trim() || null;
      const result = await repo.reviews.approve(
        review.id,
        principalId(principal),
        comment,
        clock().toISOString(),
      );
      const approved = decided(result);
      if (approved.publishedVersion !== null) {
        validatorModules.warm(
          approved.serviceCode,
          approved.publishedVersion,
          approved.definition.form.schema,
        );
      }
      return c.json(await toView(repo, approved, principal), 200);
    })
    .openapi(returnForChanges, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const review = await findOwnReview(repo, principal, c.req.valid('param').id);
      refuseOwnReview(review, principal);
      const comment = c.req.valid('json').comment?.trim() ?? '';
      if (comment === '') {
        throw new ApiError(422, 'validation_failed', 'Say what needs fixing: a comment is required.', [
          { code: 'required', path: '/comment', message: 'A comment is required when returning a version.' },
        ]);
      }
      const result = await repo.reviews.returnForChanges(
        review.id,
        principalId(principal),
        comment,
        clock().toISOString(),
      );
      return c.json(await toView(repo, decided(result), principal), 200);
    });
}

/** Four eyes: nobody decides on a version they submitted (issue 7, 403). */
function refuseOwnReview(review: ReviewRecord, principal: Principal): void {
  if (review.submittedBy === principalId(principal)) {
    throw new ApiError(403, 'own_review', 'Someone else must review a version you submitted.');
  }
}
