/**
 * Zod schemas of the feedback API (issue 7): they validate requests and generate the OpenAPI
 * document, so the document cannot drift from the code.
 */
import { z } from '@hono/zod-openapi';
import {
  FEEDBACK_AGENCY_STATUSES,
  FEEDBACK_KINDS,
  FEEDBACK_LIMITS,
  FEEDBACK_STATUSES,
} from '../../../schema/feedback/feedback-model.ts';
import { LocalizedTextSchema } from '../openapi-schemas.ts';

export const FeedbackKindSchema = z.enum(FEEDBACK_KINDS).openapi('FeedbackKind');

export const FeedbackStatusSchema = z.enum(FEEDBACK_STATUSES).openapi('FeedbackStatus', {
  description:
    'A subset of the unified request statuses: submitted (filed), received, in_progress, awaiting_applicant (the agency asked the person something), completed, rejected (both final).',
});

export const FeedbackReferenceParam = z
  .string()
  .max(40)
  .openapi({ param: { name: 'feedbackReference', in: 'path' }, example: 'FB-7K3M-9QXP-2HDT' });

export const FeedbackInputSchema = z
  .object({
    kind: FeedbackKindSchema,
    serviceCode: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .optional()
      .openapi({ description: 'The service it is about; absent or null: the platform itself' }),
    subject: z.string().max(FEEDBACK_LIMITS.subjectMaxChars * 2),
    body: z
      .string()
      .max(FEEDBACK_LIMITS.bodyMaxChars * 2)
      .openapi({
        description: `Plain text, no HTML; at most ${FEEDBACK_LIMITS.bodyMaxChars} characters after trimming`,
      }),
    onBehalfOf: z
      .object({ kind: z.enum(['company', 'person']), code: z.string().min(1).max(20) })
      .strict()
      .optional()
      .openapi({ description: 'A company or grantor the signed-in person represents (as for submissions)' }),
  })
  .strict()
  .openapi('FeedbackInput');

export const FeedbackAnswerSchema = z
  .object({
    status: z.enum(FEEDBACK_AGENCY_STATUSES),
    message: z
      .string()
      .max(FEEDBACK_LIMITS.messageMaxChars * 2)
      .optional()
      .openapi({
        description:
          'To the person, plain text. Required for awaiting_applicant (the question), completed and rejected (the answer).',
      }),
    reopen: z.boolean().optional().openapi({ description: 'Change a closed case anyway' }),
  })
  .strict()
  .openapi('FeedbackAnswer');

export const FeedbackReplySchema = z
  .object({ body: z.string().max(FEEDBACK_LIMITS.messageMaxChars * 2) })
  .strict()
  .openapi('FeedbackReply');

export const FeedbackEventSchema = z
  .object({
    sequence: z.number().int(),
    status: FeedbackStatusSchema,
    statusText: LocalizedTextSchema,
    from: z.enum(['platform', 'agency', 'author']),
    message: z.string().nullable(),
    at: z.string(),
  })
  .openapi('FeedbackEvent');

export const FeedbackSummarySchema = z
  .object({
    reference: z.string(),
    kind: FeedbackKindSchema,
    serviceCode: z.string().nullable().openapi({ description: 'Null: about the platform itself' }),
    serviceTitle: LocalizedTextSchema.nullable(),
    subject: z.string(),
    status: FeedbackStatusSchema,
    statusText: LocalizedTextSchema,
    final: z.boolean(),
    onBehalfOf: z.object({ kind: z.enum(['company', 'person']), code: z.string() }).nullable(),
    submittedAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('FeedbackSummary');

export const FeedbackDetailSchema = FeedbackSummarySchema.extend({
  body: z.string(),
  history: z.array(FeedbackEventSchema),
}).openapi('FeedbackDetail');

export const AgencyFeedbackDetailSchema = FeedbackDetailSchema.extend({
  author: z.object({ name: z.string(), personalCode: z.string() }),
}).openapi('AgencyFeedbackDetail');
