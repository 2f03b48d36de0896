import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPortal } from '../../config/portal.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';

/** Sessions without a provider (buildTestApp.sessionFor), on an https portal, with a fixed clock. */
let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp({ portal: buildPortal('central', 'https://eforms.example.lv') });
});
afterEach(async () => {
  await t.close();
});

describe('sessions made for tests', () => {
  it('authenticate through the __Host- cookie under https and carry the staff roles', async () => {
    const session = await t.sessionFor({ roles: ['case-worker'], agency: 'demo-agency' });
    expect(session.cookie).toMatch(/^__Host-efp_session=[\w-]{43}$/);
    const res = await t.request('/api/submissions', { session });
    expect(res.status).toBe(200);
    const unprefixed = session.cookie.replace('__Host-', '');
    expect((await t.request('/api/submissions', { headers: { cookie: unprefixed } })).status).toBe(401);
  });

  it('end after the idle time-out by the injected clock, with the cookie cleared', async () => {
    const session = await t.sessionFor();
    t.setNow('2026-11-26T10:19:59.000Z');
    expect((await (await t.request('/api/session', { session })).json()).authenticated).toBe(true);
    t.setNow('2026-11-26T10:20:00.000Z');
    const res = await t.request('/api/session', { session });
    expect(await res.json()).toEqual({ authenticated: false });
    expect(res.headers.get('set-cookie')).toMatch(
      /^__Host-efp_session=; Max-Age=0; Path=\/; HttpOnly; Secure/,
    );
  });

  it('need the CSRF token and this origin for state changes', async () => {
    const session = await t.sessionFor();
    const extend = (headers: Record<string, string>) =>
      t.request('/api/session/extend', { method: 'POST', headers: { cookie: session.cookie, ...headers } });
    expect((await extend({})).status).toBe(403);
    expect(
      (await extend({ 'x-csrf-token': session.csrfToken, origin: 'http://eforms.example.lv' })).status,
    ).toBe(403);
    expect(
      (await extend({ 'x-csrf-token': session.csrfToken, origin: 'https://eforms.example.lv' })).status,
    ).toBe(200);
  });
});
