import type { AssuranceLevel } from '../../schema/index.ts';
import { createApp } from '../app/create-app.ts';
import { createLogger } from '../app/logger.ts';
import type { RelyingParty } from '../auth/oidc/relying-party.ts';
import { cookieName } from '../auth/session/session-cookie.ts';
import { createRandomToken, sessionIdForToken } from '../auth/session/session-token.ts';
import { type AppConfig, buildAppConfig } from '../config/app-config.ts';
import { buildPortal, type Portal } from '../config/portal.ts';
import type { DeliveryListener } from '../delivery/delivery-listener.ts';
import type { StaffRole } from '../identity/eforms-claims.ts';
import { DEMO_AGENCY_KEY, DEMO_OTHER_AGENCY_KEY, DEMO_PLATFORM_KEY } from '../seed/demo-credentials.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { createRepository } from '../storage/create-repository.ts';
import type { ValidatorModuleCache } from '../validators/validator-module-cache.ts';

/** Someone signed in, for tests where sign-in itself is not the subject. */
export interface TestPerson {
  personalCode?: string;
  givenName?: string;
  familyName?: string;
  assurance?: AssuranceLevel;
  /** Staff roles as the provider would assert them. */
  roles?: StaffRole[];
  /** Agency code, as the provider's `agency` claim. */
  agency?: string;
  /** `PK:<person>-UR:<company>` / `DP:<grantor>-PK:<person>` claim values. */
  representations?: string[];
}

/** A session made directly in storage; pass it as `session` to `request`. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
}

/**
 * A fresh app on its own in-memory SQLite database, seeded with the demo data
 * (house style: one app per test file, real storage, no shared state). No identity provider:
 * `sessionFor` makes signed-in people directly (the sign-in flow has its own tests in
 * server/routes/auth/).
 */
export async function buildTestApp(
  options: {
    config?: Partial<AppConfig>;
    databaseUrl?: string;
    portal?: Portal;
    identity?: RelyingParty;
    deliveryListener?: DeliveryListener;
    validatorModules?: ValidatorModuleCache;
  } = {},
) {
  const repo = await createRepository(options.databaseUrl ?? ':memory:');
  const logger = createLogger('silent');
  let now = new Date('2026-11-26T10:00:00.000Z');
  const clock = () => now;
  await seedDemo(repo, clock, logger);
  const config = buildAppConfig(options.config);
  const portal = options.portal ?? buildPortal('central', config.publicUrl);
  const app = createApp({
    repo,
    logger,
    clock,
    config,
    portal,
    identity: options.identity,
    deliveryListener: options.deliveryListener,
    validatorModules: options.validatorModules,
  });

  const request = (
    path: string,
    init: RequestInit & { key?: string; json?: unknown; session?: TestSession } = {},
  ) => {
    const headers = new Headers(init.headers);
    if (init.key) headers.set('authorization', `Bearer ${init.key}`);
    if (init.session) {
      headers.set('cookie', init.session.cookie);
      headers.set('x-csrf-token', init.session.csrfToken);
    }
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    return app.request(path, { ...init, headers, body });
  };

  /** Signs a person in without a provider: a session row and its cookie. */
  async function sessionFor(person: TestPerson = {}): Promise<TestSession> {
    const token = createRandomToken();
    const personalCode = person.personalCode ?? '161175-19997';
    const agency = person.agency ? await repo.agencies.getByCode(person.agency) : null;
    const at = clock();
    const hours = (n: number) => new Date(at.getTime() + n * 3_600_000).toISOString();
    const csrfToken = createRandomToken();
    await repo.sessions.create({
      id: sessionIdForToken(token)!,
      portal: portal.id,
      subject: `PNOLV-${personalCode}`,
      personalCode,
      claims: {
        givenName: person.givenName ?? 'Jānis',
        familyName: person.familyName ?? 'Bērziņš',
        assurance: person.assurance ?? 'high',
        roles: person.roles ?? [],
        agencyCode: person.agency ?? null,
        representations: person.representations ?? [],
      },
      agencyId: agency?.id ?? null,
      idToken: 'test-session-without-provider',
      csrfToken,
      createdAt: at.toISOString(),
      lastSeenAt: at.toISOString(),
      idleExpiresAt: hours(config.sessionIdleMinutes / 60),
      absoluteExpiresAt: hours(config.sessionAbsoluteHours),
    });
    return { cookie: `${cookieName('session', portal)}=${token}`, csrfToken };
  }

  return {
    app,
    repo,
    request,
    sessionFor,
    keys: { agency: DEMO_AGENCY_KEY, otherAgency: DEMO_OTHER_AGENCY_KEY, platform: DEMO_PLATFORM_KEY },
    setNow(at: string) {
      now = new Date(at);
    },
    close: () => repo.close(),
  };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
