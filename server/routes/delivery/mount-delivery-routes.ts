import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app/app-env.ts';
import { DeliveryPayloadSchema } from './delivery-schemas.ts';
import { createDeliveryStatusRoutes } from './delivery-status-routes.ts';
import { createEAddressSimulatorRoutes } from './e-address-simulator-routes.ts';
import { createPullRoutes } from './pull-routes.ts';
import { createWebhookEndpointRoutes } from './webhook-endpoint-routes.ts';

/** Delivery to agencies (issue 6): endpoints, status and replay, pull API, e-address simulator. */
export function mountDeliveryRoutes(api: OpenAPIHono<AppEnv>): void {
  api.route('/', createWebhookEndpointRoutes());
  api.route('/', createDeliveryStatusRoutes());
  api.route('/', createPullRoutes());
  api.route('/', createEAddressSimulatorRoutes());
  // OpenAPI 3.1 `webhooks`: what the platform POSTs to each registered endpoint.
  api.openAPIRegistry.registerWebhook({
    method: 'post',
    path: 'submission.created',
    tags: ['Delivery'],
    summary: 'A new submission for the agency',
    request: { body: { required: true, content: { 'application/json': { schema: DeliveryPayloadSchema } } } },
    responses: {
      200: { description: 'Any 2xx: received. 410: never call this endpoint again. Anything else: retried.' },
    },
  });
}
