/** OpenAPI (zod) shapes of reviewed publishing (issue 7). */
import { z } from '@hono/zod-openapi';
import { REVIEW_STATES } from '../../storage/register-records.ts';
import { LocalizedTextSchema, ServiceDefinitionSchema } from '../openapi-schemas.ts';

export const ReviewSummarySchema = z
  .object({
    id: z.string(),
    serviceCode: z.string(),
    title: LocalizedTextSchema.openapi({ description: 'The submitted version’s title' }),
    state: z.enum(REVIEW_STATES),
    baseVersion: z.number().int().nullable().openapi({ description: 'The live version when submitted' }),
    submittedBy: z.string(),
    submittedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    comment: z.string().nullable(),
    publishedVersion: z.number().int().nullable(),
    /** Whether the caller submitted it (and so may not decide it). */
    yours: z.boolean(),
  })
  .openapi('ReviewSummary');

export const ReviewSchema = ReviewSummarySchema.extend({
  definition: ServiceDefinitionSchema.openapi({ description: 'Exactly what approving publishes' }),
  live: ServiceDefinitionSchema.nullable().openapi({
    description: 'The version live now, for the diff; null before the first publish',
  }),
}).openapi('Review');

export const ReviewIdParam = z
  .string()
  .min(1)
  .max(64)
  .openapi({ param: { name: 'id', in: 'path' } });

export const PublishingSettingsSchema = z
  .object({ reviewRequired: z.boolean() })
  .openapi('PublishingSettings', {
    description:
      'When reviewRequired is true, the agency publishes only by review: POST /publish answers 409 review_required.',
  });
