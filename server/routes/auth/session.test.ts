import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formAction, inputValue } from './testing/portal-browser.ts';
import { startTestPortals, type TestPortals } from './testing/start-test-portals.ts';

let t: TestPortals;
beforeAll(async () => {
  t = await startTestPortals({ config: { sessionIdleMinutes: 20, sessionAbsoluteHours: 12 } });
});
afterAll(async () => {
  await t.close();
});

const MINUTE = 60_000;

/** Runs `body` with the platform clock moved, then puts it back for the next test. */
async function later<T>(ms: number, body: () => Promise<T>): Promise<T> {
  t.advance(ms);
  try {
    return await body();
  } finally {
    t.advance(-ms);
  }
}

describe('idle time-out and extend', () => {
  it('ends a session left alone for longer than the idle time-out, and clears its cookie', async () => {
    const { browser } = await t.signedIn('anna');
    const before = await (await t.api(browser, 'central', '/api/session')).json();
    const idleAt = Date.parse(before.idleExpiresAt);
    expect(idleAt - t.clock().getTime()).toBeGreaterThan(19 * MINUTE);
    expect(idleAt - t.clock().getTime()).toBeLessThanOrEqual(20 * MINUTE);

    await later(21 * MINUTE, async () => {
      const res = await t.api(browser, 'central', '/api/session');
      expect(res.json()).toEqual({ authenticated: false });
      expect(res.headers.getSetCookie().join()).toMatch(/efp_session=; Max-Age=0/);
    });
    // Gone for good, also when the clock is back.
    expect((await (await t.api(browser, 'central', '/api/session')).json()).authenticated).toBe(false);
  });

  it('reading the session does not keep it alive (a page may poll it to warn)', async () => {
    const { browser } = await t.signedIn('anna');
    const first = await (await t.api(browser, 'central', '/api/session')).json();
    const polled = await later(15 * MINUTE, async () =>
      (await t.api(browser, 'central', '/api/session')).json(),
    );
    expect(polled.idleExpiresAt).toBe(first.idleExpiresAt);
    expect(
      (await later(21 * MINUTE, async () => (await t.api(browser, 'central', '/api/session')).json()))
        .authenticated,
    ).toBe(false);
  });

  it('extend starts the idle time again; other requests count as activity too', async () => {
    const { browser, csrfToken } = await t.signedIn('anna');
    const extended = await later(15 * MINUTE, async () => {
      const res = await t.api(browser, 'central', '/api/session/extend', { method: 'POST', csrfToken });
      expect(res.status).toBe(200);
      return res.json();
    });
    expect(Date.parse(extended.idleExpiresAt)).toBeGreaterThanOrEqual(t.clock().getTime() + 34 * MINUTE);
    // 30 minutes after sign-in, 15 after the extension: still signed in.
    await later(30 * MINUTE, async () => {
      expect((await (await t.api(browser, 'central', '/api/session')).json()).authenticated).toBe(true);
      // Any other API request is activity (here one the citizen is refused, which still counts).
      expect((await t.api(browser, 'central', '/api/submissions')).status).toBe(403);
      const after = await (await t.api(browser, 'central', '/api/session')).json();
      expect(Date.parse(after.idleExpiresAt)).toBeGreaterThanOrEqual(t.clock().getTime() + 19 * MINUTE);
    });
  });

  it('never extends past the absolute limit of 12 hours', async () => {
    const { browser, csrfToken } = await t.signedIn('janis');
    const { absoluteExpiresAt } = await (await t.api(browser, 'central', '/api/session')).json();
    expect(Date.parse(absoluteExpiresAt) - t.clock().getTime()).toBeGreaterThan(12 * 60 * MINUTE - MINUTE);
    let at = 0;
    for (; at < 12 * 60 * MINUTE - 15 * MINUTE; at += 15 * MINUTE) {
      const res = await later(at, () =>
        t.api(browser, 'central', '/api/session/extend', { method: 'POST', csrfToken }),
      );
      expect(res.status).toBe(200);
    }
    const capped = await later(at, async () =>
      (await t.api(browser, 'central', '/api/session/extend', { method: 'POST', csrfToken })).json(),
    );
    expect(capped.idleExpiresAt).toBe(absoluteExpiresAt);
    await later(12 * 60 * MINUTE + MINUTE, async () => {
      expect((await (await t.api(browser, 'central', '/api/session')).json()).authenticated).toBe(false);
    });
  });

  it('answers 401 to extend without a session', async () => {
    const res = await t.api(t.newBrowser(), 'central', '/api/session/extend', { method: 'POST' });
    expect(res.status).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });
});

describe('sign-out', () => {
  it('POST with the token ends the session here and at the provider (RP-initiated logout)', async () => {
    const { browser, csrfToken } = await t.signedIn('janis');
    const out = await browser.request(`${t.origins.central}/auth/logout`, {
      form: { csrf_token: csrfToken },
      headers: { origin: t.origins.central },
    });
    expect(out.status).toBe(303);
    const endSession = new URL(out.location!);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${t.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${t.origins.central}/`);
    expect(endSession.searchParams.get('client_id')).toBe('central-portal');
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(out.headers.getSetCookie().join()).toMatch(/efp_session=; Max-Age=0/);
    expect((await (await t.api(browser, 'central', '/api/session')).json()).authenticated).toBe(false);

    // At the provider: confirm (a browser does it by script), then back to the portal.
    const confirm = await browser.request(endSession.href);
    expect(confirm.status).toBe(200);
    const back = await browser.follow(new URL(formAction(confirm.body)!, t.origins.central).href, {
      form: { xsrf: inputValue(confirm.body, 'xsrf')!, logout: 'yes' },
      stop: (url) => url.startsWith(`${t.origins.central}/`) && !url.startsWith(t.issuer),
    });
    expect(back.location).toBe(`${t.origins.central}/`);
    // The provider session is over too: signing in again asks for credentials.
    const again = await browser.follow(`${t.origins.central}/auth/login`, {
      stop: (url) => !url.startsWith(t.issuer),
    });
    expect(again.status).toBe(200);
    expect(formAction(again.body)).toMatch(/\/interaction\/[\w-]+\/login$/);
  });

  it('accepts the token in the X-CSRF-Token header too (a script-driven sign-out)', async () => {
    const { browser, csrfToken } = await t.signedIn('anna');
    const out = await t.api(browser, 'central', '/auth/logout', { method: 'POST', csrfToken });
    expect(out.status).toBe(303);
    expect((await (await t.api(browser, 'central', '/api/session')).json()).authenticated).toBe(false);
  });

  it('refuses a POST without the token or from another site, and the session lives on', async () => {
    const { browser, csrfToken } = await t.signedIn('anna');
    const noToken = await browser.request(`${t.origins.central}/auth/logout`, { method: 'POST' });
    expect(noToken.status).toBe(403);
    const crossSite = await browser.request(`${t.origins.central}/auth/logout`, {
      form: { csrf_token: csrfToken },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect((await (await t.api(browser, 'central', '/api/session')).json()).authenticated).toBe(true);
  });

  it('GET only shows a page offering to sign out; it never signs out', async () => {
    const { browser, csrfToken } = await t.signedIn('anna');
    const page = await browser.request(`${t.origins.central}/auth/logout`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('method="post" action="/auth/logout"');
    expect(inputValue(page.body, 'csrf_token')).toBe(csrfToken);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await (await t.api(browser, 'central', '/api/session')).json()).authenticated).toBe(true);
  });

  it('POST without a session just goes home', async () => {
    const out = await t.newBrowser().request(`${t.origins.central}/auth/logout`, { method: 'POST' });
    expect(out.status).toBe(303);
    expect(out.location).toBe(`${t.origins.central}/`);
  });
});
