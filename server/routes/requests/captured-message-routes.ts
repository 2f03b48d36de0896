/**
 * What the embedded capturing e-mail and SMS SIMULATORS kept instead of sending (issue 6). Only
 * while they are in use (no SMTP_URL): a deployment with real SMTP answers 404. Shown on the
 * /dev/mail page; tests read it to see that a person was told.
 *
 * The messages hold people's request numbers and names, so nobody reads them anonymously: a
 * signed-in person sees what was sent to the e-mail address and phone number of their current
 * notification settings; platform administrators see everything. A person's page, so no API keys.
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
  description:
    "A signed-in person gets the messages sent to their own notification e-mail and phone; platform administrators get everyone's.",
  security: [{ session: [] }],
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
    ...errorResponses(400, 401, 403, 404),
  },
});

export function createCapturedMessageRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(list, async (c) => {
    const deps = c.get('deps');
    const principal = c.get('principal');
    if (!principal) throw new ApiError(401, 'unauthenticated', 'Sign in to see the messages sent to you.');
    if (deps.notifications && !deps.notifications.capturing) {
      throw new ApiError(404, 'not_found', 'Notifications are sent for real here; nothing is captured.');
    }
    const q = c.req.valid('query');
    if (principal.kind !== 'user') {
      throw new ApiError(403, 'forbidden', "Sign in as a person: these are people's own messages.");
    }
    if (principal.scopes.includes('platform:admin')) {
      const messages = await deps.repo.requests.listCaptured({
        channel: q.channel,
        to: q.to,
        limit: q.limit,
      });
      return c.json({ messages }, 200);
    }
    const preferences = await deps.repo.requests.getPreferences(principal.personalCode);
    const own = [
      { channel: 'email' as const, to: preferences?.email ?? null },
      { channel: 'sms' as const, to: preferences?.phone ?? null },
    ].filter(
      (address): address is { channel: 'email' | 'sms'; to: string } =>
        address.to !== null &&
        (q.channel === undefined || q.channel === address.channel) &&
        (q.to === undefined || sameAddress(q.to, address.to)),
    );
    const lists = await Promise.all(
      own.map((address) => deps.repo.requests.listCaptured({ ...address, limit: q.limit })),
    );
    const messages = lists
      .flat()
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .slice(0, q.limit);
    return c.json({ messages }, 200);
  });
}

/** E-mail addresses compare without case, phone numbers without spaces. */
function sameAddress(a: string, b: string): boolean {
  const plain = (text: string) => text.replaceAll(' ', '').toLowerCase();
  return plain(a) === plain(b);
}
