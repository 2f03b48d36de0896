import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../app/create-app.ts';
import { createLogger } from '../../../app/logger.ts';
import { createPortalListener } from '../../../app/portal-listener.ts';
import { createOidcRelyingParty } from '../../../auth/oidc/relying-party.ts';
import { type AppConfig, buildAppConfig } from '../../../config/app-config.ts';
import { buildPortal } from '../../../config/portal.ts';
import { DEMO_IDENTITIES } from '../../../identity/demo-identities.ts';
import { createEmbeddedIdp, type EmbeddedIdp } from '../../../identity/embedded-idp/create-embedded-idp.ts';
import { seedDemo } from '../../../seed/seed-demo.ts';
import { createRepository } from '../../../storage/create-repository.ts';
import type { PortalId } from '../../../storage/repository.ts';
import { createPortalBrowser, formAction, type PortalBrowser } from './portal-browser.ts';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * Both portals on real sockets with the embedded identity provider, wired as main.ts wires them:
 * the central portal on 127.0.0.1 with the provider under /idp, the business portal on
 * `localhost` (another host, so other cookies). One demo-seeded in-memory database. The clock
 * runs with real time plus an offset that tests move (`advance`), so tokens from the provider
 * and the session's idle time-out agree.
 */
export async function startTestPortals(options: { config?: Partial<AppConfig> } = {}) {
  const repo = await createRepository(':memory:');
  const logger = createLogger('silent');
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  await seedDemo(repo, clock, logger);

  let central: ReturnType<typeof createPortalListener> = (_req, res) => res.writeHead(503).end();
  let business: ReturnType<typeof createPortalListener> = (_req, res) => res.writeHead(503).end();
  const centralServer = createServer((req, res) => central(req, res));
  const businessServer = createServer((req, res) => business(req, res));
  const origins: Record<PortalId, string> = {
    central: `http://127.0.0.1:${await listen(centralServer)}`,
    business: `http://localhost:${await listen(businessServer)}`,
  };
  const issuer = `${origins.central}/idp`;
  const dir = await mkdtemp(join(tmpdir(), 'portals-'));
  const secrets: Record<PortalId, string> = {
    central: 'central-secret-tests',
    business: 'business-secret-tests',
  };
  const idp: EmbeddedIdp = await createEmbeddedIdp({
    issuer,
    mountPath: '/idp',
    keysFile: join(dir, 'idp-keys.json'),
    identities: DEMO_IDENTITIES,
    clients: (['central', 'business'] as const).map((id) => ({
      clientId: `${id}-portal`,
      clientSecret: secrets[id],
      redirectUris: [`${origins[id]}/auth/callback`],
      postLogoutRedirectUris: [`${origins[id]}/`],
    })),
  });
  const config = buildAppConfig({ publicUrl: origins.central, ...options.config });
  const apps = Object.fromEntries(
    (['central', 'business'] as const).map((id) => [
      id,
      createApp({
        repo,
        logger,
        clock,
        config,
        portal: buildPortal(id, origins[id]),
        identity: createOidcRelyingParty({
          issuer,
          clientId: `${id}-portal`,
          clientSecret: secrets[id],
          redirectUri: `${origins[id]}/auth/callback`,
          allowHttp: true,
          clock,
        }),
      }),
    ]),
  ) as Record<PortalId, ReturnType<typeof createApp>>;
  central = createPortalListener(apps.central.fetch, idp);
  business = createPortalListener(apps.business.fetch);

  /** Signs `login` in on `portal` from `returnTo`; answers the portal's last redirect. */
  async function signIn(browser: PortalBrowser, login: string, portal: PortalId = 'central', returnTo = '/') {
    const start = `${origins[portal]}/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
    const atPortal = (url: string) => !url.startsWith(issuer);
    const page = await browser.follow(start, { stop: atPortal });
    if (page.status !== 200) return page; // already signed in at the provider: back at the portal
    const action = formAction(page.body);
    if (!action) throw new Error(`no sign-in form at the provider: ${page.body.slice(0, 200)}`);
    return browser.follow(new URL(action, origins.central).href, {
      stop: atPortal,
      form: { username: login, password: 'demo' },
    });
  }

  /** A browser with `login` signed in on `portal`, and its CSRF token. */
  async function signedIn(login: string, portal: PortalId = 'central') {
    const browser = createPortalBrowser();
    const callback = await signIn(browser, login, portal);
    const landed = await browser.follow(callback.location!);
    if (landed.status >= 400 && landed.status !== 404)
      throw new Error(`sign-in of ${login} failed: ${landed.status}`);
    const session = await api(browser, portal, '/api/session');
    return { browser, csrfToken: (await session.json()).csrfToken as string };
  }

  /** A same-origin API call from a portal's page (Origin as a browser sends it on non-GET). */
  async function api(
    browser: PortalBrowser,
    portal: PortalId,
    path: string,
    init: {
      method?: string;
      json?: unknown;
      csrfToken?: string;
      origin?: string | null;
      headers?: Record<string, string>;
    } = {},
  ) {
    const method = init.method ?? (init.json === undefined ? 'GET' : 'POST');
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (init.csrfToken) headers['x-csrf-token'] = init.csrfToken;
    const origin = init.origin === undefined ? origins[portal] : init.origin;
    if (method !== 'GET' && origin !== null) headers.origin = origin;
    const response = await browser.request(`${origins[portal]}${path}`, { method, headers, json: init.json });
    return { ...response, json: () => JSON.parse(response.body) };
  }

  return {
    repo,
    origins,
    issuer,
    apps,
    clock,
    signIn,
    signedIn,
    api,
    newBrowser: createPortalBrowser,
    /** Moves the platform's clock forward (the provider keeps real time). */
    advance(ms: number) {
      offsetMs += ms;
    },
    async close() {
      await idp.close();
      await Promise.all(
        [centralServer, businessServer].map(
          (server) =>
            new Promise((resolve) => {
              server.closeAllConnections();
              server.close(resolve);
            }),
        ),
      );
      await repo.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type TestPortals = Awaited<ReturnType<typeof startTestPortals>>;
