import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.ts';
import { createPortalBrowser, formAction, type PortalBrowser } from './testing/portal-browser.ts';
import { startTestPortals, type TestPortals } from './testing/start-test-portals.ts';

let t: TestPortals;
beforeAll(async () => {
  t = await startTestPortals();
});
afterAll(async () => {
  await t.close();
});

const session = async (browser: PortalBrowser, portal: 'central' | 'business' = 'central') =>
  (await t.api(browser, portal, '/api/session')).json();

function expectSignInFailedPage(page: { status: number; body: string; headers: Headers }, returnTo = '/') {
  expect(page.status).toBe(400);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.body).toContain('Sign-in did not succeed — try again');
  expect(page.body).toContain(`href="/auth/login?returnTo=${encodeURIComponent(returnTo)}"`);
  expect(page.body).not.toMatch(/Error:|at .*\.ts:\d+/);
}

/** Starts a sign-in at the portal and signs in at the provider, stopping before the callback. */
async function codeFor(browser: PortalBrowser, login: string, returnTo = '/') {
  const callback = await t.signIn(browser, login, 'central', returnTo);
  expect(callback.location).toMatch(/\/auth\/callback\?code=/);
  return new URL(callback.location!);
}

describe('sign-in round trip through the embedded provider', () => {
  it('lands exactly on the deep link, query intact, with a session', async () => {
    const browser = createPortalBrowser();
    const deepLink =
      '/services/declaration-of-residence/apply?version=1&city=R%C4%ABga&street=Br%C4%ABv%C4%ABbas+1';
    const callback = await t.signIn(browser, 'peteris', 'central', deepLink);
    expect(callback.location).toMatch(new RegExp(`^${t.origins.central}/auth/callback\\?code=`));
    const landed = await browser.request(callback.location!);
    expect(landed.status).toBe(303);
    expect(landed.location).toBe(`${t.origins.central}${deepLink}`);

    expect(await session(browser)).toMatchObject({
      authenticated: true,
      portal: 'central',
      user: {
        subject: 'PNOLV-321111-12345',
        personalCode: '321111-12345',
        givenName: 'Pēteris',
        familyName: 'Ozols',
        assurance: 'high',
      },
      agency: null,
      roles: [],
      scopes: [],
      representations: [{ kind: 'company', personalCode: '321111-12345', registrationNumber: '40003032949' }],
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it('sends the provider a code flow request with PKCE S256, state, nonce and the exact redirect URI', async () => {
    const browser = createPortalBrowser();
    const start = await browser.request(`${t.origins.business}/auth/login?returnTo=/x`);
    expect(start.status).toBe(302);
    const url = new URL(start.location!);
    expect(`${url.origin}${url.pathname}`).toBe(`${t.issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'business-portal',
      response_type: 'code',
      redirect_uri: `${t.origins.business}/auth/callback`,
      scope: 'openid profile eforms',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    // The pending sign-in is bound to this browser by a short-lived cookie holding the state.
    expect(browser.cookieLine(t.origins.business, 'efp_login')).toMatch(
      /^efp_login=[\w-]{43}; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, without an expiry (not Secure over http)', async () => {
    const browser = createPortalBrowser();
    const callback = await t.signIn(browser, 'anna');
    const landed = await browser.request(callback.location!);
    const line = landed.headers.getSetCookie().find((l) => l.startsWith('efp_session='));
    expect(line).toMatch(/^efp_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(browser.cookieValue(t.origins.central, 'efp_login')).toBeUndefined();
  });

  it('signs in on the second portal (another origin) without asking for credentials again', async () => {
    const browser = createPortalBrowser();
    await browser.follow((await t.signIn(browser, 'janis')).location!);
    expect((await session(browser, 'business')).authenticated).toBe(false);

    const deepLink = '/services/company-certificate-request/apply?company=40003032949';
    const start = `${t.origins.business}/auth/login?returnTo=${encodeURIComponent(deepLink)}`;
    const back = await browser.follow(start, {
      stop: (url) => url.startsWith(`${t.origins.business}/services/`),
    });
    expect(back.location).toBe(`${t.origins.business}${deepLink}`);
    expect(await session(browser, 'business')).toMatchObject({
      authenticated: true,
      portal: 'business',
      user: { personalCode: '161175-19997' },
    });
    // Each portal keeps its own cookie on its own host.
    expect(browser.cookieValue(t.origins.business, 'efp_session')).not.toBe(
      browser.cookieValue(t.origins.central, 'efp_session'),
    );
  });

  it('goes straight to the return path when already signed in on this portal', async () => {
    const { browser } = await t.signedIn('anna');
    const again = await browser.request(`${t.origins.central}/auth/login?returnTo=%2Fservices%2Fx%3Fa%3D1`);
    expect(again.status).toBe(303);
    expect(again.location).toBe(`${t.origins.central}/services/x?a=1`);
  });

  it.each([
    ['a scheme-relative URL', '//evil.example/phish'],
    ['an absolute URL', 'https://evil.example/'],
    ['a backslash trick', '/\\evil.example'],
    ['a tab the URL parser drops', '/\t/evil.example'],
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
  ])('never sends anyone off-site after sign-in: %s lands on /', async (_label, returnTo) => {
    const browser = createPortalBrowser();
    const callback = await t.signIn(browser, 'karlis', 'central', returnTo);
    const landed = await browser.request(callback.location!);
    expect(landed.status).toBe(303);
    expect(landed.location).toBe(`${t.origins.central}/`);
  });
});

describe('refused sign-ins: a plain page with a way back, never a 500', () => {
  it('refuses a tampered state', async () => {
    const browser = createPortalBrowser();
    const callback = await codeFor(browser, 'anna', '/services/x');
    callback.searchParams.set('state', `${callback.searchParams.get('state')!.slice(0, -2)}AA`);
    expectSignInFailedPage(await browser.request(callback.href));
    expect((await session(browser)).authenticated).toBe(false);
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    const attacker = createPortalBrowser();
    const callback = await codeFor(attacker, 'anna');
    const victim = createPortalBrowser();
    expectSignInFailedPage(await victim.request(callback.href));
    expect((await session(victim)).authenticated).toBe(false);
  });

  it('refuses a replayed callback, and a code replayed into a new sign-in', async () => {
    const browser = createPortalBrowser();
    const callback = await codeFor(browser, 'anna', '/services/y');
    const first = await browser.request(callback.href);
    expect(first.status).toBe(303);
    const sessionCookie = browser.cookieValue(t.origins.central, 'efp_session');

    // Same URL again: the pending sign-in was used up.
    expectSignInFailedPage(await browser.request(callback.href));

    // The old code under a fresh, valid state: PKCE and the provider's single-use code refuse it.
    const fresh = await browser.request(`${t.origins.central}/auth/login?returnTo=/z`);
    expect(fresh.status).toBe(303); // still signed in: no new sign-in started
    const other = createPortalBrowser();
    const start = await other.request(`${t.origins.central}/auth/login?returnTo=/z`);
    const state = new URL(start.location!).searchParams.get('state')!;
    const replay = new URL(callback.href);
    replay.searchParams.set('state', state);
    expectSignInFailedPage(await other.request(replay.href), '/z');
    expect((await session(other)).authenticated).toBe(false);
    expect(browser.cookieValue(t.origins.central, 'efp_session')).toBe(sessionCookie);
  });

  it('refuses a sign-in that took longer than ten minutes', async () => {
    const browser = createPortalBrowser();
    const callback = await codeFor(browser, 'anna');
    t.advance(10 * 60_000 + 1_000);
    try {
      expectSignInFailedPage(await browser.request(callback.href));
    } finally {
      t.advance(-(10 * 60_000 + 1_000));
    }
  });

  it('shows the page when the person cancels at the provider (error=access_denied)', async () => {
    const browser = createPortalBrowser();
    const page = await browser.follow(`${t.origins.central}/auth/login?returnTo=%2Fservices%2Fq`, {
      stop: (url) => !url.startsWith(t.issuer),
    });
    const cancel = /formaction="([^"]+\/abort)"/.exec(page.body)?.[1];
    expect(cancel).toBeTruthy();
    const back = await browser.follow(new URL(cancel!, t.origins.central).href, {
      stop: (url) => !url.startsWith(t.issuer),
      form: { username: '', password: '' },
    });
    expect(back.location).toMatch(/\/auth\/callback\?error=access_denied/);
    expectSignInFailedPage(await browser.request(back.location!), '/services/q');
  });

  it('shows the page for a callback with no state at all', async () => {
    expectSignInFailedPage(
      await createPortalBrowser().request(`${t.origins.central}/auth/callback?code=abc`),
    );
  });

  it('says sign-in is not available when no provider is configured, with 503', async () => {
    const app = await buildTestApp();
    try {
      for (const path of ['/auth/login?returnTo=/x', '/auth/callback?code=1&state=2']) {
        const res = await app.request(path);
        expect(res.status).toBe(503);
        expect(await res.text()).toContain('Sign-in is not available right now');
      }
    } finally {
      await app.close();
    }
  });
});

describe('a session cookie that does not check out', () => {
  it.each([
    ['a forged token', 'A'.repeat(43)],
    ['garbage', 'not a token; <script>'],
    ['an empty value', '""'],
  ])('makes %s anonymous and clears it, never a 500', async (_label, value) => {
    const browser = createPortalBrowser();
    browser.setCookie(t.origins.central, 'efp_session', value);
    const res = await t.api(browser, 'central', '/api/session');
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ authenticated: false });
    expect(res.headers.getSetCookie().join('\n')).toMatch(/efp_session=; Max-Age=0/);
    const submissions = await t.api(browser, 'central', '/api/submissions');
    expect(submissions.status).toBe(401);
  });

  it('is refused on the other portal: a session belongs to the portal that made it', async () => {
    const { browser } = await t.signedIn('anna');
    const token = browser.cookieValue(t.origins.central, 'efp_session')!;
    const other = createPortalBrowser();
    other.setCookie(t.origins.business, 'efp_session', token);
    expect((await session(other, 'business')).authenticated).toBe(false);
    expect((await session(browser)).authenticated).toBe(true);
  });
});

it('the provider page has a sign-in form (sanity check of the test browser)', async () => {
  const page = await createPortalBrowser().follow(`${t.origins.central}/auth/login`, {
    stop: (url) => !url.startsWith(t.issuer),
  });
  expect(formAction(page.body)).toMatch(/^\/idp\/interaction\/[\w-]+\/login$/);
});
