/**
 * What the embedded capturing e-mail and SMS SIMULATORS kept instead of sending (issue 6). Only
 * while they are in use (no SMTP_URL): a deployment with real SMTP answers 404. Shown on the
 * /dev/mail page; tests read it to see that a person was told.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { errorResponses } from '../openapi-schemas.ts';

const CapturedSchema = z
  .object({
    id: z.string(),
    channel: z.enum(['email', 'sms']),
    from: z.string(),
    to: z.string(),
    subject: z.string().nullable(),
    text: z.string(),
    createdAt: z.string(),
  })
  .openapi('CapturedMessage');

const list = createRoute({
  method: 'get',
  path: '/dev/captured-messages',
  tags: ['Notification simulators'],
  summary: 'E-mails and SMS the capturing simulators kept, newest first (development only)',
  request: {
    query: z.object({
      channel: z.enum(['email', 'sms']).optional(),
      to: z.string().max(320).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: 'Captured messages',
      content: { 'application/json': { schema: z.object({ messages: z.array(CapturedSchema) }) } },
    },
    ...errorResponses(400, 404),
  },
});

export function createCapturedMessageRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(list, async (c) => {
    const deps = c.get('deps');
    if (deps.notifications && !deps.notifications.capturing) {
      throw new ApiError(404, 'not_found', 'Notifications are sent for real here; nothing is captured.');
    }
    const q = c.req.valid('query');
    const messages = await deps.repo.requests.listCaptured({ channel: q.channel, to: q.to, limit: q.limit });
    return c.json({ messages }, 200);
  });
}
