/**
 * The E-ADDRESS SIMULATOR's mailboxes, by API (issue 6): an agency sees the documents the
 * platform delivered to its e-address (`_DEFAULT@<registration number>`) and can answer one as
 * it would from its real e-address; the answer waits in the platform's mailbox for polling.
 * Only in deployments that use the simulator, which is the embedded default.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { requireScope } from '../../auth/authenticate.ts';
import { createEAddressSimulator } from '../../delivery/e-address/e-address-simulator.ts';
import { institutionEAddress } from '../../delivery/e-address/e-address-transport.ts';
import type { EAddressMessageRecord } from '../../storage/delivery-records.ts';
import { API_KEY_SECURITY, errorResponses } from '../openapi-schemas.ts';
import { callerAgencyId } from './agency-principal.ts';

const SECURITY = { security: API_KEY_SECURITY, middleware: requireScope('deliveries:manage') };
const TAGS = ['E-address simulator'];

const MessageSchema = z
  .object({
    id: z.string(),
    direction: z
      .enum(['outgoing', 'incoming'])
      .openapi({ description: 'outgoing: platform to agency; incoming: the agency answering' }),
    sender: z.string(),
    recipient: z.string(),
    senderReference: z.string(),
    title: z.string(),
    author: z.string(),
    documentDate: z.string(),
    documentKind: z.string(),
    body: z.record(z.string(), z.unknown()),
    attachments: z.array(
      z.object({ name: z.string(), mediaType: z.string(), sha512: z.string(), size: z.number().int() }),
    ),
    inReplyTo: z.string().nullable(),
    createdAt: z.string(),
    receiptAt: z
      .string()
      .nullable()
      .openapi({ description: 'Delivery receipt (outgoing) or acknowledgement (incoming)' }),
  })
  .openapi('EAddressSimulatorMessage');

const mailbox = createRoute({
  method: 'get',
  path: '/e-address-simulator/messages',
  tags: TAGS,
  summary: "The caller's agency's simulated e-address mailbox",
  ...SECURITY,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: {
    200: {
      description: 'Documents to and from the agency, oldest first',
      content: {
        'application/json': { schema: z.object({ address: z.string(), messages: z.array(MessageSchema) }) },
      },
    },
    ...errorResponses(400, 401, 403),
  },
});

const reply = createRoute({
  method: 'post',
  path: '/e-address-simulator/messages/{id}/reply',
  tags: TAGS,
  summary: 'Answer a delivered document as the agency would from its e-address',
  ...SECURITY,
  request: {
    params: z.object({
      id: z
        .string()
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({ title: z.string().min(1).max(200), text: z.string().min(1).max(10_000) })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The answer, waiting in the platform mailbox',
      content: { 'application/json': { schema: MessageSchema } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const toView = ({ attachments, ...rest }: EAddressMessageRecord) => ({
  ...rest,
  attachments: attachments.map(({ contentBase64: _, ...meta }) => meta),
});

async function agencyAddress(
  c: Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0],
): Promise<string> {
  const agency = await c.get('deps').repo.agencies.getById(callerAgencyId(c.get('principal')));
  if (!agency) throw new ApiError(403, 'forbidden', 'Your agency no longer exists.');
  return institutionEAddress(agency.registrationNumber);
}

export function createEAddressSimulatorRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(mailbox, async (c) => {
      const address = await agencyAddress(c);
      const messages = await c
        .get('deps')
        .repo.delivery.listEAddressMessages({ address, limit: c.req.valid('query').limit });
      return c.json({ address, messages: messages.map(toView) }, 200);
    })
    .openapi(reply, async (c) => {
      const { repo, clock } = c.get('deps');
      const address = await agencyAddress(c);
      const original = await repo.delivery.getEAddressMessage(c.req.valid('param').id);
      if (original?.direction !== 'outgoing' || original.recipient !== address) {
        throw new ApiError(404, 'not_found', 'There is no such document in your mailbox.');
      }
      const body = c.req.valid('json');
      const answer = await createEAddressSimulator(repo.delivery, clock).reply({
        inReplyTo: original.id,
        title: body.title,
        body: { text: body.text, reference: original.senderReference },
      });
      return c.json(toView(answer), 201);
    });
}
