import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../app/app-env.ts';
import { createWorkplaceRoutes } from '../workplace/workplace-routes.ts';
import { createCapturedMessageRoutes } from './captured-message-routes.ts';
import { createOverdueRequestRoutes } from './overdue-request-routes.ts';
import { createRequestRoutes } from './request-routes.ts';
import { createStatusMappingRoutes } from './status-mapping-routes.ts';

/** The central request registry (issue 6): agency API, status mappings, workplace, simulators. */
export function mountRequestRoutes(api: OpenAPIHono<AppEnv>): void {
  api.route('/', createRequestRoutes());
  api.route('/', createStatusMappingRoutes());
  api.route('/', createOverdueRequestRoutes());
  api.route('/', createWorkplaceRoutes());
  api.route('/', createCapturedMessageRoutes());
  // OpenAPI 3.1 `webhooks`: what the applicant's later actions send to the agency's endpoints.
  const base = {
    type: z.string(),
    timestamp: z.string(),
  };
  const request = {
    reference: z.string(),
    serviceCode: z.string(),
    definitionVersion: z.number().int(),
    submittedAt: z.string(),
  };
  const AttachmentSchema = z.object({
    id: z.string(),
    title: z.string(),
    fileName: z.string().nullable(),
    mediaType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    sha256: z.string().nullable(),
    url: z.string().nullable().openapi({
      description:
        'A link the applicant gave; files are fetched by GET /api/requests/{reference}/documents/{id}',
    }),
  });
  const events = [
    {
      path: 'request.message',
      summary: 'The applicant answered or wrote about a request',
      schema: z
        .object({
          ...base,
          data: z.object({
            ...request,
            message: z.object({
              id: z.string(),
              body: z.string(),
              inReplyTo: z.string().nullable(),
              createdAt: z.string(),
              attachments: z.array(AttachmentSchema),
            }),
          }),
        })
        .openapi('RequestMessageEvent', {
          description: 'Signed and retried like submission.created (see DeliveryPayload).',
        }),
    },
    {
      path: 'request.withdrawn',
      summary: 'The applicant withdrew a request',
      schema: z
        .object({ ...base, data: z.object({ ...request, withdrawnAt: z.string() }) })
        .openapi('RequestWithdrawnEvent', {
          description: 'Signed and retried like submission.created (see DeliveryPayload).',
        }),
    },
  ];
  for (const event of events) {
    api.openAPIRegistry.registerWebhook({
      method: 'post',
      path: event.path,
      tags: ['Requests'],
      summary: event.summary,
      request: { body: { required: true, content: { 'application/json': { schema: event.schema } } } },
      responses: { 200: { description: 'Any 2xx: received. Anything else: retried.' } },
    });
  }
}
