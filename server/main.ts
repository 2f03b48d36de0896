/**
 * Process entry: validate the environment, open storage (migrating it), seed demo data on an
 * empty embedded database, start the embedded identity provider unless an external one is
 * configured, serve the central and the business portal (one process, two listeners, one
 * repository), and shut down gracefully on SIGTERM/SIGINT.
 */
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { createApp } from './app/create-app.ts';
import { createLogger } from './app/logger.ts';
import { createPortalListener } from './app/portal-listener.ts';
import { CLEANUP_INTERVAL_MS } from './attachments/attachment-policy.ts';
import { startCleanupTimer } from './attachments/cleanup-attachments.ts';
import { createOidcRelyingParty } from './auth/oidc/relying-party.ts';
import { buildAppConfig } from './config/app-config.ts';
import { parseEnv } from './config/env.ts';
import { EMBEDDED_IDP_MOUNT_PATH, resolveIdentityConfig } from './config/identity-config.ts';
import { buildPortal, type Portal } from './config/portal.ts';
import { deliveryConfigFromEnv } from './delivery/delivery-config-from-env.ts';
import { createDeliveryWorker } from './delivery/delivery-worker.ts';
import { createEAddressSimulator } from './delivery/e-address/e-address-simulator.ts';
import { DEMO_IDENTITIES } from './identity/demo-identities.ts';
import { createEmbeddedIdp, type EmbeddedIdp } from './identity/embedded-idp/create-embedded-idp.ts';
import { buildNotificationConfig } from './notifications/notification-config.ts';
import { startNotifications } from './notifications/start-notifications.ts';
import { createRequestDeliveryListener } from './requests/request-delivery-listener.ts';
import { DEMO_AGENCY_CODE, DEMO_AGENCY_KEY, DEMO_PLATFORM_KEY } from './seed/demo-credentials.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { createRepository } from './storage/create-repository.ts';

/** How long an idle keep-alive connection stays open: above the usual 60 s of proxies and clients. */
const KEEP_ALIVE_MS = 65_000;

function exitWithProblems(problems: string[]): never {
  console.error(
    `The configuration is not valid:\n  ${problems.join('\n  ')}\nSee README.md, "Configuration".`,
  );
  process.exit(1);
}

const parsed = parseEnv(process.env);
if (!parsed.ok) exitWithProblems(parsed.problems);
const env = parsed.env;
const logger = createLogger(env.LOG_LEVEL);
const clock = () => new Date();
const publicUrl = env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
const portals: Portal[] = [
  buildPortal('central', publicUrl),
  buildPortal('business', env.BUSINESS_PORTAL_URL ?? `http://localhost:${env.BUSINESS_PORTAL_PORT}`),
];
if (portals[0]!.origin === portals[1]!.origin) {
  exitWithProblems([
    'BUSINESS_PORTAL_URL must be another origin than PUBLIC_URL (each portal has its own cookies)',
  ]);
}
const identityResult = resolveIdentityConfig(env, publicUrl);
if (!identityResult.ok) exitWithProblems([identityResult.problem]);
const identity = identityResult.config;

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
// The catalogue index is derived data: rebuilt from the live versions at every start, so services
// published before it existed (or a damaged index) are listed again (issue 7).
await repo.catalogue.rebuild();
// Service statistics (issue 7): requests older than the processing clocks get theirs from their
// histories, once (idempotent; a no-op on every later start).
const clocksFilled = await repo.statistics.backfill();
if (clocksFilled > 0)
  logger.info('filled in processing clocks of older requests', { requests: clocksFilled });

let idp: EmbeddedIdp | null = null;
if (identity.embedded) {
  idp = await createEmbeddedIdp({
    issuer: identity.issuer,
    mountPath: EMBEDDED_IDP_MOUNT_PATH,
    keysFile: identity.keysFile,
    // Provider sessions survive a restart of the process (tsx watch), beside the key.
    stateFile: join(dirname(identity.keysFile), 'idp-state.json'),
    identities: DEMO_IDENTITIES,
    clients: portals.map((portal) => ({
      ...identity.clients[portal.id],
      redirectUris: [`${portal.origin}/auth/callback`],
      postLogoutRedirectUris: [`${portal.origin}/`],
    })),
    logger,
  });
  logger.warn('the embedded demo identity provider is ON: demo people sign in with the password "demo"', {
    issuer: identity.issuer,
    hint: 'set OIDC_ISSUER (and the client secrets) to use a real provider',
  });
}

const config = buildAppConfig({
  maxBodyBytes: env.MAX_BODY_BYTES,
  maxSubmissionBytes: env.MAX_SUBMISSION_BYTES,
  distDir: env.DIST_DIR,
  publicUrl,
  sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
  delivery: deliveryConfigFromEnv(env, logger),
  platformOperatorAgency: env.PLATFORM_OPERATOR_AGENCY ?? (env.SEED_DEMO ? DEMO_AGENCY_CODE : null),
});
if (config.platformOperatorAgency === null) {
  logger.warn('PLATFORM_OPERATOR_AGENCY is not set: feedback about the platform itself is refused');
}
// Central request registry (issue 6): delivery reports "received"; notifications go out after commit.
const notifications = startNotifications({
  repo,
  clock,
  logger,
  config: buildNotificationConfig({
    smtpUrl: env.SMTP_URL ?? null,
    ...(env.MAIL_FROM ? { mailFrom: env.MAIL_FROM } : {}),
  }),
});
const deliveryListener = createRequestDeliveryListener(repo, {
  config,
  logger,
  clock,
  notifications: notifications.handle,
});
// Delivery to agencies (issue 6): the outbox worker, woken by every new job of this process.
const deliveryWorker = env.DELIVERY_WORKER
  ? createDeliveryWorker({
      repo,
      config: config.delivery,
      logger,
      clock,
      eAddress: createEAddressSimulator(repo.delivery, clock),
      listener: deliveryListener,
    })
  : null;
deliveryWorker?.start();
// Abandoned uploads and drafts (issue 4): removed hourly once their stated period has passed.
const stopCleanup = startCleanupTimer(repo, clock, CLEANUP_INTERVAL_MS, (error) =>
  logger.error('clean-up of abandoned uploads and drafts failed', { error: String(error) }),
);
const servers: Server[] = portals.map((portal) => {
  const client = identity.clients[portal.id];
  const app = createApp({
    repo,
    logger,
    clock,
    config,
    portal,
    deliveryListener,
    notifications: notifications.handle,
    identity: createOidcRelyingParty({
      issuer: identity.issuer,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      redirectUri: `${portal.origin}/auth/callback`,
      allowHttp: identity.allowHttp,
      clock,
    }),
  });
  // The embedded provider shares the central portal's origin, under /idp.
  const server = createServer(
    createPortalListener(app.fetch, portal.id === 'central' ? (idp ?? undefined) : undefined),
  );
  // Idle keep-alive connections stay open longer than a client or proxy keeps them (Node's 5 s
  // default is shorter than most): otherwise a request sent on a connection just as the server
  // closes it is reset (ECONNRESET) instead of answered.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
});

async function listen(server: Server, port: number, name: string): Promise<number> {
  return new Promise((resolve) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      console.error(`Could not listen for the ${name} on ${env.HOST}:${port}: ${err.message}`);
      process.exit(1);
    });
    server.listen(port, env.HOST, () => resolve((server.address() as { port: number }).port));
  });
}
const centralPort = await listen(servers[0]!, env.PORT, 'central portal');
const businessPort = await listen(servers[1]!, env.BUSINESS_PORTAL_PORT, 'business portal');

const url = env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${centralPort}`;
const lines = [
  '',
  `E-form platform is running on ${repo.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${seeded ? ' (demo data seeded)' : ''}.`,
  `  Citizen form (demo):   ${url}/services/declaration-of-residence/apply`,
  `  Another demo service:  ${url}/services/company-certificate-request/apply`,
  `  Service catalogue:     ${url}/`,
  `  Citizen's workplace:   ${url}/my`,
  `  Agency staff:          ${url}/builder  (designer, reviews, requests)`,
  ...(env.SMTP_URL
    ? []
    : [`  Captured e-mail:       ${url}/dev/mail  (no SMTP_URL: mail is captured, not sent)`]),
  `  Business portal:       ${portals[1]!.origin}/ (listening on port ${businessPort})`,
  `  Sign in:               ${url}/auth/login`,
  `  API description:       ${url}/api/openapi.json`,
  `  Health:                ${url}/api/health`,
];
if (idp) {
  lines.push(
    `  Identity provider:     EMBEDDED demo provider at ${identity.issuer} (development and tests only)`,
    `                         log-in names: ${DEMO_IDENTITIES.map((person) => person.login).join(', ')}; password: demo`,
  );
} else {
  lines.push(`  Identity provider:     ${identity.issuer}`);
}
if (env.SEED_DEMO) {
  lines.push(
    `  Demo agency API key:   ${DEMO_AGENCY_KEY}`,
    `  Demo platform key:     ${DEMO_PLATFORM_KEY}`,
    '  (demo keys exist only in demo-seeded databases; set SEED_DEMO=false in production)',
  );
}
console.log(`${lines.join('\n')}\n`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info('shutting down', { signal });
  const forceExit = setTimeout(() => process.exit(1), 10_000);
  forceExit.unref();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await deliveryWorker?.stop();
  await notifications.stop();
  stopCleanup();
  await idp?.close();
  await repo.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
