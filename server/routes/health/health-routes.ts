import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../app/app-env.ts';

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Operations'],
  summary: 'Liveness and database reachability',
  responses: {
    200: {
      description: 'Healthy',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgresql']) }),
        },
      },
    },
    503: {
      description: 'The database does not answer',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('unavailable'), database: z.enum(['sqlite', 'postgresql']) }),
        },
      },
    },
  },
});

export function createHealthRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(health, async (c) => {
    const { repo } = c.get('deps');
    try {
      await repo.ping();
      return c.json({ status: 'ok' as const, database: repo.dialect }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const, database: repo.dialect }, 503);
    }
  });
}
