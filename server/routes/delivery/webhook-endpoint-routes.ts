/**
 * Webhook endpoints of the caller's agency (issue 6): register, list, read, change, disable,
 * delete, rotate the signing secret. Every URL passes the outbound guard (SSRF) here and again
 * at each connect. Another agency's endpoint answers 404.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { requireScope } from '../../auth/authenticate.ts';
import { checkOutboundUrl } from '../../delivery/outbound-url-guard.ts';
import { createSecretBox } from '../../delivery/secret-box.ts';
import { createWebhookSecret } from '../../delivery/webhook-signature.ts';
import type { WebhookEndpointRecord } from '../../storage/delivery-records.ts';
import { API_KEY_SECURITY, errorResponses } from '../openapi-schemas.ts';
import { callerAgencyId } from './agency-principal.ts';
import {
  EndpointIdParam,
  EndpointInputSchema,
  EndpointPatchSchema,
  EndpointSchema,
  SecretSchema,
  toEndpointView,
} from './delivery-schemas.ts';

const SECURITY = { security: API_KEY_SECURITY, middleware: requireScope('deliveries:manage') };
const TAGS = ['Delivery'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const list = createRoute({
  method: 'get',
  path: '/webhook-endpoints',
  tags: TAGS,
  summary: "The agency's webhook endpoints",
  ...SECURITY,
  responses: {
    200: json(z.object({ endpoints: z.array(EndpointSchema) }), 'The endpoints'),
    ...errorResponses(401, 403),
  },
});

const create = createRoute({
  method: 'post',
  path: '/webhook-endpoints',
  tags: TAGS,
  summary: 'Register a webhook endpoint',
  description:
    'Every new submission of the agency (or of the listed services) is POSTed to the URL, signed per Standard Webhooks (see DeliveryPayload). The URL must be https and reach a public address: private, loopback, link-local, CGNAT and metadata addresses are refused in every spelling (422 address_not_allowed) unless the platform allow-lists them. The signing secret is returned once.',
  ...SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: EndpointInputSchema } } } },
  responses: {
    201: json(z.object({ endpoint: EndpointSchema, secret: SecretSchema }), 'Registered'),
    ...errorResponses(400, 401, 403, 422),
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/webhook-endpoints/{id}',
  tags: TAGS,
  summary: 'One webhook endpoint',
  ...SECURITY,
  request: { params: EndpointIdParam },
  responses: { 200: json(EndpointSchema, 'The endpoint'), ...errorResponses(401, 403, 404) },
});

const update = createRoute({
  method: 'patch',
  path: '/webhook-endpoints/{id}',
  tags: TAGS,
  summary: 'Change, disable or re-enable a webhook endpoint',
  description:
    'Disabling moves its waiting messages to `disabled` (listed with the failed ones, replayable).',
  ...SECURITY,
  request: {
    params: EndpointIdParam,
    body: { required: true, content: { 'application/json': { schema: EndpointPatchSchema } } },
  },
  responses: {
    200: json(EndpointSchema, 'The endpoint after the change'),
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/webhook-endpoints/{id}',
  tags: TAGS,
  summary: 'Delete a webhook endpoint',
  ...SECURITY,
  request: { params: EndpointIdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});

const rotate = createRoute({
  method: 'post',
  path: '/webhook-endpoints/{id}/rotate-secret',
  tags: TAGS,
  summary: 'Rotate the signing secret',
  description:
    'Returns the new secret once. Until `previousSecretValidUntil`, every message carries two signatures (old and new secret), so the receiver can switch without losing a message.',
  ...SECURITY,
  request: { params: EndpointIdParam },
  responses: {
    200: json(z.object({ secret: SecretSchema, previousSecretValidUntil: z.string() }), 'The new secret'),
    ...errorResponses(401, 403, 404),
  },
});

async function checkedUrl(c: Context<AppEnv>, url: string): Promise<string> {
  const check = await checkOutboundUrl(url, c.get('deps').config.delivery.outbound);
  if (!check.ok) throw new ApiError(422, check.code, check.message);
  return check.url.toString();
}

async function ownEndpoint(c: Context<AppEnv>, id: string): Promise<WebhookEndpointRecord> {
  const agencyId = callerAgencyId(c.get('principal'));
  const endpoint = await c.get('deps').repo.delivery.getEndpoint(id);
  if (!endpoint || endpoint.agencyId !== agencyId) {
    throw new ApiError(404, 'endpoint_not_found', 'There is no such webhook endpoint for your agency.');
  }
  return endpoint;
}

export function createWebhookEndpointRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(list, async (c) => {
      const { repo, clock } = c.get('deps');
      const endpoints = await repo.delivery.listEndpoints(callerAgencyId(c.get('principal')));
      return c.json({ endpoints: endpoints.map((e) => toEndpointView(e, clock())) }, 200);
    })
    .openapi(create, async (c) => {
      const { repo, clock, config } = c.get('deps');
      const agencyId = callerAgencyId(c.get('principal'));
      const body = c.req.valid('json');
      const url = await checkedUrl(c, body.url);
      const secret = createWebhookSecret();
      const at = clock().toISOString();
      const endpoint = await repo.delivery.createEndpoint({
        id: crypto.randomUUID(),
        agencyId,
        url,
        description: body.description ?? '',
        serviceCodes: body.services ?? null,
        secretCiphertext: createSecretBox(config.delivery.secretsKey).seal(secret),
        previousSecretCiphertext: null,
        previousSecretExpiresAt: null,
        state: 'active',
        disabledReason: null,
        failingSince: null,
        createdAt: at,
        updatedAt: at,
      });
      c.header('Location', `/api/webhook-endpoints/${endpoint.id}`);
      return c.json({ endpoint: toEndpointView(endpoint, clock()), secret }, 201);
    })
    .openapi(getOne, async (c) => {
      const endpoint = await ownEndpoint(c, c.req.valid('param').id);
      return c.json(toEndpointView(endpoint, c.get('deps').clock()), 200);
    })
    .openapi(update, async (c) => {
      const { repo, clock } = c.get('deps');
      const endpoint = await ownEndpoint(c, c.req.valid('param').id);
      const body = c.req.valid('json');
      const at = clock().toISOString();
      const url = body.url === undefined ? undefined : await checkedUrl(c, body.url);
      if (body.enabled === false && endpoint.state === 'active') {
        await repo.delivery.disableEndpoint(endpoint.id, 'manual', at);
      }
      const updated = await repo.delivery.updateEndpoint(
        endpoint.id,
        {
          ...(url === undefined ? {} : { url }),
          ...(body.description === undefined ? {} : { description: body.description }),
          ...(body.services === undefined ? {} : { serviceCodes: body.services }),
          ...(body.enabled === true ? { state: 'active' as const } : {}),
        },
        at,
      );
      return c.json(toEndpointView(updated!, clock()), 200);
    })
    .openapi(remove, async (c) => {
      const { repo, clock } = c.get('deps');
      const endpoint = await ownEndpoint(c, c.req.valid('param').id);
      await repo.delivery.deleteEndpoint(endpoint.id, clock().toISOString());
      return c.body(null, 204);
    })
    .openapi(rotate, async (c) => {
      const { repo, clock, config } = c.get('deps');
      const endpoint = await ownEndpoint(c, c.req.valid('param').id);
      const secret = createWebhookSecret();
      const now = clock();
      const until = new Date(now.getTime() + config.delivery.rotationOverlapMs).toISOString();
      await repo.delivery.rotateEndpointSecret(
        endpoint.id,
        createSecretBox(config.delivery.secretsKey).seal(secret),
        until,
        now.toISOString(),
      );
      return c.json({ secret, previousSecretValidUntil: until }, 200);
    });
}
