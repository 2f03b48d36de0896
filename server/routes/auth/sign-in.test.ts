import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalBrowser } from './testing/portal-browser.ts';
import { startTestPortals, type TestPortals } from './testing/start-test-portals.ts';

let t: TestPortals;
beforeAll(async () => {
  t = await startTestPortals();
});
afterAll(async () => {
  await t.close();
});

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

    const session = await (await t.api(browser, 'central', '/api/session')).json();
    expect(session).toMatchObject({
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
    });
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
