import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { buildPortal } from '../../config/portal.ts';
import { clearCookie, cookieName, readCookie, writeCookie } from './session-cookie.ts';

const https = buildPortal('central', 'https://eforms.example.lv');
const http = buildPortal('business', 'http://localhost:3001');

function cookieApp() {
  const app = new Hono();
  app.get('/set/:portal', (c) => {
    writeCookie(c, 'session', c.req.param('portal') === 'https' ? https : http, 'token-value');
    return c.body(null, 204);
  });
  app.get('/clear', (c) => {
    clearCookie(c, 'session', https);
    return c.body(null, 204);
  });
  app.get('/read', (c) => c.text(readCookie(c, 'session', https) ?? '(none)'));
  return app;
}

describe('session cookies', () => {
  it('under https: __Host- prefix, Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
    const res = await cookieApp().request('/set/https');
    expect(res.headers.get('set-cookie')).toBe(
      '__Host-efp_session=token-value; Path=/; HttpOnly; Secure; SameSite=Lax',
    );
  });

  it('under plain http (local development): no prefix and no Secure, which browsers would drop', async () => {
    const res = await cookieApp().request('/set/http');
    expect(res.headers.get('set-cookie')).toBe('efp_session=token-value; Path=/; HttpOnly; SameSite=Lax');
  });

  it('is cleared with the same name and attributes, so the browser really drops it', async () => {
    const res = await cookieApp().request('/clear');
    expect(res.headers.get('set-cookie')).toMatch(
      /^__Host-efp_session=; Max-Age=0; Path=\/; HttpOnly; Secure/,
    );
  });

  it('is read only under the name of the portal’s scheme (an unprefixed cookie is not trusted under https)', async () => {
    const app = cookieApp();
    expect(await (await app.request('/read', { headers: { cookie: '__Host-efp_session=abc' } })).text()).toBe(
      'abc',
    );
    expect(await (await app.request('/read', { headers: { cookie: 'efp_session=abc' } })).text()).toBe(
      '(none)',
    );
    expect(cookieName('login', https)).toBe('__Host-efp_login');
    expect(cookieName('login', http)).toBe('efp_login');
  });
});
