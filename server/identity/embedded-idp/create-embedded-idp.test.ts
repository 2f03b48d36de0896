import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDENTITIES } from '../demo-identities.ts';
import { parseRepresentationClaims } from '../representation-claim.ts';
import { createEmbeddedIdp, type EmbeddedIdp } from './create-embedded-idp.ts';
import { createTestBrowser, formAction, inputValue } from './test-browser.ts';

const SECRET_A = 'portal-a-secret-for-tests-only';
const SECRET_B = 'portal-b-secret-for-tests-only';

let dir: string;
let server: Server;
let origin: string;
let issuer: string;
let idp: EmbeddedIdp;
let keysFile: string;
let stateFile: string;
const logLines: string[] = [];

/** The host: routes /idp/* to the provider, everything else would be the app (404 here). */
function host(req: IncomingMessage, res: ServerResponse) {
  if (idp.owns(req.url)) idp.handle(req, res);
  else res.writeHead(404).end();
}

async function startIdp(): Promise<EmbeddedIdp> {
  return createEmbeddedIdp({
    issuer,
    mountPath: '/idp',
    keysFile,
    stateFile,
    identities: DEMO_IDENTITIES,
    clients: [
      {
        clientId: 'portal-a',
        clientSecret: SECRET_A,
        redirectUris: [`${origin}/auth/callback`],
        postLogoutRedirectUris: [`${origin}/signed-out`],
      },
      {
        clientId: 'portal-b',
        clientSecret: SECRET_B,
        redirectUris: ['http://localhost:9/auth/callback'],
        postLogoutRedirectUris: [],
      },
    ],
    logger: { info: (message) => logLines.push(message) },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'embedded-idp-'));
  keysFile = join(dir, 'idp-keys.json');
  stateFile = join(dir, 'idp-state.json');
  server = createServer((req, res) => host(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer = `${origin}/idp`;
  idp = await startIdp();
});

afterAll(async () => {
  await idp.close();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

function discover(clientId = 'portal-a', secret = SECRET_A) {
  return oidc.discovery(new URL(issuer), clientId, secret, oidc.ClientSecretBasic(secret), {
    execute: [oidc.allowInsecureRequests],
  });
}

/** Starts a code flow as a portal would; returns what the portal keeps for the callback. */
async function authorizationRequest(config: oidc.Configuration, redirectUri = `${origin}/auth/callback`) {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile eforms',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return {
    url: url.href,
    checks: { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce },
  };
}

const atPortal = (url: string) => !url.startsWith(issuer);

/** Drives the browser from the authorization URL through sign-in to the portal's callback. */
async function signIn(
  browser: ReturnType<typeof createTestBrowser>,
  authorizationUrl: string,
  login: string,
) {
  const page = await browser.follow(authorizationUrl, atPortal);
  expect(page.status).toBe(200);
  const action = formAction(page.body);
  expect(action).toMatch(/^\/idp\/interaction\/[\w-]+\/login$/);
  return browser.follow(new URL(action!, origin).href, atPortal, {
    form: { username: login, password: 'demo' },
  });
}

describe('embedded identity provider', () => {
  it('logs that it runs, and that it is for development and tests only', () => {
    expect(logLines.join('\n')).toMatch(/embedded identity provider running: for development and tests only/);
  });

  it('is discoverable by openid-client under the mount path: code flow, S256, a JWKS, end session', async () => {
    const metadata = (await discover()).serverMetadata();
    expect(metadata.issuer).toBe(issuer);
    expect(metadata.response_types_supported).toEqual(['code']);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.jwks_uri).toBe(`${issuer}/jwks`);
    expect(metadata.authorization_endpoint).toBe(`${issuer}/auth`);
    expect(metadata.end_session_endpoint).toBe(`${issuer}/session/end`);
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(['client_secret_basic']);
    expect(metadata.acr_values_supported).toEqual(['low', 'substantial', 'high']);
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'eforms']));
    const jwks = (await (await fetch(metadata.jwks_uri!)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('refuses an issuer whose path is not the mount path (its tokens would never verify)', async () => {
    await expect(
      createEmbeddedIdp({
        issuer: `${origin}/oidc`,
        mountPath: '/idp',
        keysFile,
        identities: DEMO_IDENTITIES,
        clients: [{ clientId: 'x', clientSecret: 'y', redirectUris: [], postLogoutRedirectUris: [] }],
      }),
    ).rejects.toThrow(/issuer's path must be the mount path/);
  });

  it('claims only its own paths', () => {
    expect(['/idp', '/idp/auth', '/idp?x'].map((url) => idp.owns(url))).toEqual([true, true, true]);
    expect(['/idpx', '/', '/services/idp', undefined].map((url) => idp.owns(url))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('answers 404 outside its mount path', async () => {
    const res = await new Promise<ServerResponse | number>((resolve) => {
      const req = { url: '/elsewhere', headers: {} } as IncomingMessage;
      const fake = {
        writeHead: (status: number) => ({ end: () => resolve(status) }),
      } as unknown as ServerResponse;
      idp.handle(req, fake);
    });
    expect(res).toBe(404);
  });

  it('runs the code flow: sign-in page, demo password, code, token exchange with the e-forms claims', async () => {
    const config = await discover();
    const { url, checks } = await authorizationRequest(config);
    const browser = createTestBrowser();
    const page = await browser.follow(url, atPortal);
    expect(page.body).toContain('Demonstrācijas identitātes pakalpojums — tikai izstrādei un testiem');
    expect(page.body).toContain('<html lang="lv">');
    for (const testId of ['idp.username', 'idp.password', 'idp.submit']) {
      expect(page.body).toContain(`data-testid="${testId}"`);
    }
    expect(page.body).not.toContain('data-testid="idp.error"');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

    const callback = await browser.follow(new URL(formAction(page.body)!, origin).href, atPortal, {
      form: { username: 'peteris', password: 'demo' },
    });
    expect(callback.location).toMatch(new RegExp(`^${origin}/auth/callback\\?code=`));
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback.location!), checks);
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({
      iss: issuer,
      aud: 'portal-a',
      sub: 'PNOLV-321111-12345',
      personal_code: '321111-12345',
      given_name: 'Pēteris',
      family_name: 'Ozols',
      acr: 'high',
      representations: ['PK:321111-12345-UR:40003032949'],
    });
    expect(parseRepresentationClaims(claims.representations).valid).toEqual([
      { kind: 'company', personalCode: '321111-12345', registrationNumber: '40003032949' },
    ]);
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(userinfo).toMatchObject({ personal_code: '321111-12345', family_name: 'Ozols' });
  });

  it('puts agency and roles into a staff member’s ID token, and nothing staff-like into a citizen’s', async () => {
    const config = await discover();
    const staff = await authorizationRequest(config);
    const staffBrowser = createTestBrowser();
    const staffCallback = await signIn(staffBrowser, staff.url, 'dace');
    const staffClaims = (
      await oidc.authorizationCodeGrant(config, new URL(staffCallback.location!), staff.checks)
    ).claims();
    expect(staffClaims).toMatchObject({
      agency: 'demo-agency',
      roles: ['agency-admin', 'designer', 'reviewer', 'case-worker'],
      representations: [],
    });

    const citizen = await authorizationRequest(config);
    const citizenCallback = await signIn(createTestBrowser(), citizen.url, 'anna');
    const citizenClaims = (
      await oidc.authorizationCodeGrant(config, new URL(citizenCallback.location!), citizen.checks)
    ).claims();
    expect(citizenClaims).toMatchObject({ personal_code: '061193-06460', acr: 'substantial' });
    expect(citizenClaims).not.toHaveProperty('roles');
    expect(citizenClaims).not.toHaveProperty('agency');
  });

  it('refuses a wrong password with an alert and keeps the log-in name', async () => {
    const { url } = await authorizationRequest(await discover());
    const browser = createTestBrowser();
    const page = await browser.follow(url, atPortal);
    const refused = await browser.follow(new URL(formAction(page.body)!, origin).href, atPortal, {
      form: { username: 'janis', password: 'wrong' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/role="alert" data-testid="idp.error"/);
    expect(inputValue(refused.body, 'username')).toBe('janis');
    expect(refused.body).toContain('aria-invalid="true"');
  });

  it('escapes what it echoes back', async () => {
    const { url } = await authorizationRequest(await discover());
    const browser = createTestBrowser();
    const page = await browser.follow(url, atPortal);
    const refused = await browser.request(new URL(formAction(page.body)!, origin).href, {
      form: { username: '"><script>alert(1)</script>', password: 'demo' },
    });
    expect(refused.body).not.toContain('<script>alert(1)');
    expect(refused.body).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('switches the sign-in page to English', async () => {
    const { url } = await authorizationRequest(await discover());
    const browser = createTestBrowser();
    const page = await browser.follow(url, atPortal);
    const english = await browser.request(`${page.url}?lang=en`);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Demo identity service — for development and tests only');
    expect(english.body).toContain('<input type="hidden" name="lang" value="en">');
  });

  it('refuses a replayed authorization code', async () => {
    const config = await discover();
    const { url, checks } = await authorizationRequest(config);
    const callback = await signIn(createTestBrowser(), url, 'janis');
    await oidc.authorizationCodeGrant(config, new URL(callback.location!), checks);
    await expect(
      oidc.authorizationCodeGrant(config, new URL(callback.location!), checks),
    ).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('refuses a redirect_uri that is not registered exactly, without redirecting', async () => {
    const config = await discover();
    for (const redirectUri of [
      `${origin}/auth/callback/`,
      `${origin}/auth/callback?x=1`,
      'https://evil.example/cb',
    ]) {
      const { url } = await authorizationRequest(config, redirectUri);
      const answer = await createTestBrowser().request(url);
      expect(answer.status, redirectUri).toBe(400);
      expect(answer.location).toBeNull();
      expect(answer.body).toContain('redirect_uri');
    }
  });

  it('requires PKCE', async () => {
    const config = await discover();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: `${origin}/auth/callback`,
      scope: 'openid',
      state: 'x',
    });
    const answer = await createTestBrowser().request(url.href);
    expect(new URL(answer.location!).searchParams.get('error')).toBe('invalid_request');
  });

  it('signs the person into a second portal without asking again (single sign-on)', async () => {
    const browser = createTestBrowser();
    const first = await authorizationRequest(await discover());
    await signIn(browser, first.url, 'ilze');
    const configB = await discover('portal-b', SECRET_B);
    const second = await authorizationRequest(configB, 'http://localhost:9/auth/callback');
    const landed = await browser.follow(second.url, atPortal);
    expect(landed.location).toMatch(/^http:\/\/localhost:9\/auth\/callback\?code=/);
    const claims = (
      await oidc.authorizationCodeGrant(configB, new URL(landed.location!), second.checks)
    ).claims();
    expect(claims).toMatchObject({
      sub: 'PNOLV-020385-14728',
      representations: ['DP:161175-19997-PK:020385-14728'],
    });
  });

  it('returns access_denied to the portal when the person cancels', async () => {
    const { url } = await authorizationRequest(await discover());
    const browser = createTestBrowser();
    const page = await browser.follow(url, atPortal);
    const back = await browser.follow(
      `${new URL(formAction(page.body)!, origin).href.replace(/\/login$/, '/abort')}`,
      atPortal,
      {
        form: {},
      },
    );
    expect(new URL(back.location!).searchParams.get('error')).toBe('access_denied');
  });

  it('refuses a sign-in post without the interaction cookie (cross-site)', async () => {
    const { url } = await authorizationRequest(await discover());
    const page = await createTestBrowser().follow(url, atPortal);
    const forged = await createTestBrowser().request(new URL(formAction(page.body)!, origin).href, {
      form: { username: 'janis', password: 'demo' },
    });
    expect(forged.status).toBe(400);
    expect(forged.location).toBeNull();
  });

  it('ends the provider session on RP-initiated logout with id_token_hint and post_logout_redirect_uri', async () => {
    const config = await discover();
    const browser = createTestBrowser();
    const { url, checks } = await authorizationRequest(config);
    const callback = await signIn(browser, url, 'janis');
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback.location!), checks);

    const logoutUrl = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: `${origin}/signed-out`,
      state: 'bye',
    });
    const confirm = await browser.request(logoutUrl.href);
    expect(confirm.status).toBe(200);
    // The hint names the signed-in person, so the page confirms itself (RP-Initiated Logout §2).
    expect(confirm.body).toContain("document.getElementById('idp-logout-yes').click();");
    const done = await browser.request(new URL(formAction(confirm.body)!, origin).href, {
      form: { xsrf: inputValue(confirm.body, 'xsrf')!, logout: 'yes' },
    });
    expect(done.location).toBe(`${origin}/signed-out?state=bye`);

    const again = await authorizationRequest(config);
    const page = await browser.follow(again.url, atPortal);
    expect(page.body).toContain('data-testid="idp.username"');
  });

  it('keeps its signing key and sessions across restarts: old ID tokens verify, sign-on still single', async () => {
    const config = await discover();
    const { url, checks } = await authorizationRequest(config);
    const browser = createTestBrowser();
    const callback = await signIn(browser, url, 'anna');
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback.location!), checks);
    const kidBefore = (await (await fetch(`${issuer}/jwks`)).json()).keys[0].kid;

    await idp.close();
    idp = await startIdp();

    const kidAfter = (await (await fetch(`${issuer}/jwks`)).json()).keys[0].kid;
    expect(kidAfter).toBe(kidBefore);
    // The restarted provider accepts the old ID token as id_token_hint (it validates the signature).
    const logoutUrl = oidc.buildEndSessionUrl(await discover(), {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: `${origin}/signed-out`,
    });
    const answer = await createTestBrowser().request(logoutUrl.href);
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain('id_token_hint');

    // The provider session is in the state file: the same browser is not asked to sign in again.
    const again = await authorizationRequest(await discover());
    const landed = await browser.follow(again.url, atPortal);
    expect(landed.location).toMatch(new RegExp(`^${origin}/auth/callback\\?code=`));
  });
});
