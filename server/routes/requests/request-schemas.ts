/**
 * Zod schemas of the request registry API (issue 6): they validate requests and generate the
 * OpenAPI document, so the document cannot drift from the code.
 */
import { z } from '@hono/zod-openapi';
import { STATUS_CODE_PATTERN } from '../../requests/status-mappings.ts';
import { UNIFIED_STATUSES } from '../../storage/request-records.ts';
import { LocalizedTextSchema } from '../openapi-schemas.ts';

export const UnifiedStatusSchema = z.enum(UNIFIED_STATUSES).openapi('UnifiedStatus', {
  description:
    'One vocabulary for every agency: submitted, received (delivered to the agency), in_progress, awaiting_applicant (the clock stops), extended, completed, rejected, withdrawn.',
});

export const MessageTextSchema = z
  .object({
    lv: z.string().min(1).max(5000).optional(),
    en: z.string().min(1).max(5000).optional(),
    text: z
      .string()
      .min(1)
      .max(5000)
      .optional()
      .openapi({ description: 'One plain text for both languages' }),
  })
  .strict()
  .refine((m) => m.lv !== undefined || m.en !== undefined || m.text !== undefined, {
    message: 'Give lv, en or text',
  })
  .openapi('MessageText');

export const DocumentInputSchema = z
  .object({
    title: z.string().min(1).max(200),
    fileName: z.string().min(1).max(200).optional(),
    mediaType: z.string().max(127).optional().openapi({ example: 'application/pdf' }),
    contentBase64: z
      .string()
      .max(3_000_000)
      .optional()
      .openapi({ description: 'The file, base64; at most 2 MiB decoded. Either this or url.' }),
    url: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: 'An https link to the document. Either this or contentBase64.' }),
  })
  .strict()
  .openapi('DocumentInput');

export const DocumentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(['file', 'link']),
    fileName: z.string().nullable(),
    mediaType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    sha256: z.string().nullable(),
    url: z.string().openapi({ description: 'Download path (files) or the link itself' }),
    createdAt: z.string(),
  })
  .openapi('RequestDocument');

export const StatusEventSchema = z
  .object({
    sequence: z.number().int(),
    status: UnifiedStatusSchema,
    code: z.string().nullable().openapi({ description: "The agency's own code; null for platform steps" }),
    text: LocalizedTextSchema,
    message: MessageTextSchema.nullable(),
    document: DocumentSchema.nullable(),
    at: z.string(),
  })
  .openapi('StatusEvent');

export const RequestMessageSchema = z
  .object({
    id: z.string(),
    direction: z.enum(['to_applicant', 'from_applicant']),
    asksForInformation: z.boolean(),
    body: z.string(),
    inReplyTo: z.string().nullable(),
    attachments: z.array(DocumentSchema),
    createdAt: z.string(),
  })
  .openapi('RequestMessage');

export const RequestSummarySchema = z
  .object({
    reference: z.string(),
    serviceCode: z.string(),
    serviceTitle: LocalizedTextSchema,
    status: UnifiedStatusSchema,
    statusText: LocalizedTextSchema,
    final: z.boolean(),
    submittedAt: z.string(),
    updatedAt: z.string(),
    applicantName: z.string().nullable(),
    onBehalfOf: z
      .object({
        kind: z.enum(['company', 'person']),
        code: z
          .string()
          .openapi({ description: "Company registration number or the grantor's personal code" }),
      })
      .nullable()
      .openapi({ description: 'The party the applicant acted for; null when for themselves' }),
  })
  .openapi('RequestSummary');

export const RequestDetailSchema = RequestSummarySchema.extend({
  history: z.array(StatusEventSchema),
  messages: z.array(RequestMessageSchema),
  documents: z.array(DocumentSchema),
}).openapi('RequestDetail');

export const AgencyRequestDetailSchema = RequestDetailSchema.extend({
  applicantPersonalCode: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  allowedCodes: z.array(
    z.object({
      code: z.string(),
      status: UnifiedStatusSchema,
      text: LocalizedTextSchema,
      final: z.boolean(),
    }),
  ),
}).openapi('AgencyRequestDetail');

export const StatusChangeSchema = z
  .object({
    code: z.string().min(1).max(64).openapi({
      description: "The agency's own status code (see the service's status mappings)",
      example: 'in_progress',
    }),
    message: MessageTextSchema.optional(),
    document: DocumentInputSchema.optional().openapi({
      description: 'A result document: a small file or a link',
    }),
    reopen: z
      .boolean()
      .optional()
      .openapi({ description: 'Needed to change a request that reached a final status' }),
    occurredAt: z.iso.datetime({ offset: true }).optional().openapi({
      description:
        'When it happened in the agency system. A change older than the current status is refused (409 out_of_order).',
    }),
  })
  .strict()
  .openapi('StatusChange');

export const MessageInputSchema = z
  .object({
    body: z.string().min(1).max(5000).openapi({ description: 'Plain text' }),
    asksForInformation: z.boolean().optional().openapi({
      description: 'Ask the applicant for more information: the request waits for them (awaiting_applicant)',
    }),
    attachments: z.array(DocumentInputSchema).max(5).optional(),
  })
  .strict()
  .openapi('AgencyMessageInput');

export const MappingSchema = z
  .object({
    code: z.string(),
    status: UnifiedStatusSchema,
    text: LocalizedTextSchema,
    notify: z.boolean(),
    final: z.boolean(),
  })
  .openapi('StatusMapping');

export const MappingInputSchema = z
  .object({
    status: UnifiedStatusSchema.exclude(['submitted', 'received']),
    text: z.object({ lv: z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict(),
    notify: z.boolean().default(true),
    final: z
      .boolean()
      .optional()
      .openapi({ description: 'Default: true for completed, rejected and withdrawn' }),
  })
  .strict()
  .openapi('StatusMappingInput');

export const StatusCodeParam = z
  .string()
  .regex(STATUS_CODE_PATTERN)
  .openapi({ param: { name: 'statusCode', in: 'path' }, example: 'IN_REVIEW' });

export const ReferenceParam = z
  .string()
  .max(40)
  .openapi({ param: { name: 'reference', in: 'path' }, example: 'EF-7K3M-9QXP-2HDT' });

export const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/)
    .optional()
    .openapi({
      description:
        'Client-chosen unique key: a retry with the same key and body changes nothing and returns the first answer',
    }),
});
