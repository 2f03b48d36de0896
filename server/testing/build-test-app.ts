import { createApp } from '../app/create-app.ts';
import { createLogger } from '../app/logger.ts';
import { type AppConfig, buildAppConfig } from '../config/app-config.ts';
import { DEMO_AGENCY_KEY, DEMO_OTHER_AGENCY_KEY, DEMO_PLATFORM_KEY } from '../seed/demo-credentials.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { createRepository } from '../storage/create-repository.ts';

/**
 * A fresh app on its own in-memory SQLite database, seeded with the demo data
 * (house style: one app per test file, real storage, no shared state).
 */
export async function buildTestApp(options: { config?: Partial<AppConfig>; databaseUrl?: string } = {}) {
  const repo = await createRepository(options.databaseUrl ?? ':memory:');
  const logger = createLogger('silent');
  let now = new Date('2026-11-26T10:00:00.000Z');
  const clock = () => now;
  await seedDemo(repo, clock, logger);
  const app = createApp({ repo, logger, clock, config: buildAppConfig(options.config) });

  const request = (path: string, init: RequestInit & { key?: string; json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    if (init.key) headers.set('authorization', `Bearer ${init.key}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    return app.request(path, { ...init, headers, body });
  };

  return {
    app,
    repo,
    request,
    keys: { agency: DEMO_AGENCY_KEY, otherAgency: DEMO_OTHER_AGENCY_KEY, platform: DEMO_PLATFORM_KEY },
    setNow(at: string) {
      now = new Date(at);
    },
    close: () => repo.close(),
  };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
