/** Zod schemas of the delivery API (issue 6); they drive validation and the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import type {
  DeliveryAttemptRecord,
  DeliveryJobRecord,
  WebhookEndpointRecord,
} from '../../storage/delivery-records.ts';

export const EndpointIdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const ReferenceParam = z.object({
  reference: z
    .string()
    .max(40)
    .openapi({ param: { name: 'reference', in: 'path' } }),
});

const ServiceCodes = z
  .array(z.string().min(3).max(64))
  .max(100)
  .nullable()
  .openapi({ description: "Only these services' submissions; null or absent: every service of the agency" });

export const EndpointInputSchema = z
  .object({
    url: z.string().min(1).max(2000).openapi({ example: 'https://case.agency.lv/hooks/eforms' }),
    description: z.string().max(500).optional(),
    services: ServiceCodes.optional(),
  })
  .strict()
  .openapi('WebhookEndpointInput');

export const EndpointPatchSchema = z
  .object({
    url: z.string().min(1).max(2000).optional(),
    description: z.string().max(500).optional(),
    services: ServiceCodes.optional(),
    enabled: z
      .boolean()
      .optional()
      .openapi({ description: 'false disables; true re-enables (clears failing state)' }),
  })
  .strict()
  .openapi('WebhookEndpointPatch');

export const EndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    services: z.array(z.string()).nullable(),
    state: z.enum(['active', 'disabled']),
    disabledReason: z.string().nullable().openapi({
      description: '`gone` (receiver answered 410), `failing` (failed without pause for days), `manual`',
    }),
    failingSince: z.string().nullable(),
    secretRotatedUntil: z.string().nullable().openapi({
      description: 'While set and in the future, messages carry a signature with the previous secret too',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WebhookEndpoint');

export const SecretSchema = z.string().openapi({
  description:
    'The `whsec_` signing secret (Standard Webhooks). Shown only in this response; stored encrypted.',
  example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
});

export const AttemptSchema = z
  .object({
    attempt: z.number().int(),
    at: z.string(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
  })
  .openapi('DeliveryAttempt');

export const DeliverySchema = z
  .object({
    messageId: z.string().openapi({ description: 'The `webhook-id`; the same on every retry and replay' }),
    reference: z.string().optional(),
    channel: z.enum(['webhook', 'e-address']),
    endpointId: z.string().nullable(),
    eventType: z.string().openapi({ example: 'submission.created' }),
    state: z.enum(['pending', 'delivered', 'exhausted', 'disabled']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  })
  .openapi('Delivery');

/** The webhook / e-address body (delivery-payload.ts), documented for agencies. */
export const DeliveryPayloadSchema = z
  .object({
    type: z.string().openapi({ example: 'submission.created' }),
    timestamp: z.string().openapi({ description: 'When the event happened; the same bytes on every retry' }),
    data: z.object({
      reference: z.string().openapi({ example: 'EF-7K3M-9QXP-2HDT' }),
      serviceCode: z.string(),
      definitionVersion: z.number().int().openapi({ description: 'The published definition version filled' }),
      submittedAt: z.string(),
      data: z
        .record(z.string(), z.unknown())
        .optional()
        .openapi({ description: 'The form data (submission.created)' }),
      attachments: z
        .array(
          z.object({
            id: z.string(),
            field: z.string().openapi({ description: "The file field's data path", example: '/documents' }),
            fileName: z.string(),
            mediaType: z.string(),
            sizeBytes: z.number().int(),
            sha512: z.string().openapi({ description: 'Hex SHA-512 of the content' }),
            href: z.string().openapi({
              description:
                'GET it with the agency API key (relative to the API base URL); answers with Repr-Digest',
              example: '/api/submissions/EF-7K3M-9QXP-2HDT/attachments/3f0c…',
            }),
          }),
        )
        .optional()
        .openapi({ description: 'The files the form names (submission.created, when there are any)' }),
      subject: z.unknown().optional().openapi({
        description:
          'Whom the request is about: the represented company `{ kind: "company", code, role }` or grantor `{ kind: "person", code, scope, mandateId }` when the applicant acted on their behalf, else the applicant; absent for anonymous submissions',
      }),
      actor: z.unknown().optional().openapi({
        description: 'The signed-in applicant who submitted: `{ kind: "person", code, name, subject }`',
      }),
    }),
  })
  .openapi('DeliveryPayload', {
    description:
      'Sent as the body of a POST to each webhook endpoint with the Standard Webhooks headers `webhook-id`, `webhook-timestamp`, `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>`, one per active secret). Answer 2xx within 15 s; anything else is retried (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, with jitter; Retry-After honoured). 410 disables the endpoint. Redirects are not followed. Dedupe on `webhook-id`.',
  });

export function toEndpointView(e: WebhookEndpointRecord, now: Date) {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    services: e.serviceCodes,
    state: e.state,
    disabledReason: e.disabledReason,
    failingSince: e.failingSince,
    secretRotatedUntil:
      e.previousSecretExpiresAt && e.previousSecretExpiresAt > now.toISOString()
        ? e.previousSecretExpiresAt
        : null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toDeliveryView(job: DeliveryJobRecord, reference?: string) {
  return {
    messageId: job.messageId,
    ...(reference ? { reference } : {}),
    channel: job.channel,
    endpointId: job.endpointId,
    eventType: job.eventType,
    state: job.state,
    attempts: job.attempts,
    nextAttemptAt: job.state === 'pending' ? job.nextAttemptAt : null,
    lastError: job.lastError,
    createdAt: job.createdAt,
    deliveredAt: job.deliveredAt,
  };
}

export function toAttemptView(a: DeliveryAttemptRecord) {
  return { attempt: a.attempt, at: a.at, statusCode: a.statusCode, error: a.error, durationMs: a.durationMs };
}
