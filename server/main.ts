/**
 * Process entry: validate the environment, open storage (migrating it), seed demo data on an
 * empty embedded database, serve, and shut down gracefully on SIGTERM/SIGINT.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app/create-app.ts';
import { createLogger } from './app/logger.ts';
import { buildAppConfig } from './config/app-config.ts';
import { parseEnv } from './config/env.ts';
import { DEMO_AGENCY_KEY, DEMO_PLATFORM_KEY } from './seed/demo-credentials.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { createRepository } from './storage/create-repository.ts';

const parsed = parseEnv(process.env);
if (!parsed.ok) {
  console.error(
    `The configuration is not valid:\n  ${parsed.problems.join('\n  ')}\nSee README.md, "Configuration".`,
  );
  process.exit(1);
}
const env = parsed.env;
const logger = createLogger(env.LOG_LEVEL);
const clock = () => new Date();

let repo: Awaited<ReturnType<typeof createRepository>>;
try {
  repo = await createRepository(env.DATABASE_URL);
} catch (err) {
  console.error(
    `Could not open the database (${env.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@')}): ${(err as Error).message}`,
  );
  process.exit(1);
}
const seeded = env.SEED_DEMO ? await seedDemo(repo, clock, logger) : false;
const publicUrl = env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
const app = createApp({
  repo,
  logger,
  clock,
  config: buildAppConfig({
    maxBodyBytes: env.MAX_BODY_BYTES,
    maxSubmissionBytes: env.MAX_SUBMISSION_BYTES,
    distDir: env.DIST_DIR,
    publicUrl,
  }),
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const url = env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${info.port}`;
  const lines = [
    '',
    `E-form platform is running on ${repo.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${seeded ? ' (demo data seeded)' : ''}.`,
    `  Citizen form (demo):   ${url}/services/declaration-of-residence/apply`,
    `  Another demo service:  ${url}/services/company-certificate-request/apply`,
    `  API description:       ${url}/api/openapi.json`,
    `  Health:                ${url}/api/health`,
  ];
  if (env.SEED_DEMO) {
    lines.push(
      `  Demo agency API key:   ${DEMO_AGENCY_KEY}`,
      `  Demo platform key:     ${DEMO_PLATFORM_KEY}`,
      '  (demo keys exist only in demo-seeded databases; set SEED_DEMO=false in production)',
    );
  }
  console.log(`${lines.join('\n')}\n`);
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info('shutting down', { signal });
  const forceExit = setTimeout(() => process.exit(1), 10_000);
  forceExit.unref();
  server.close(async () => {
    await repo.close();
    process.exit(0);
  });
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
