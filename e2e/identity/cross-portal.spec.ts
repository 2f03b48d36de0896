import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

/**
 * Issue 5, P3/P4: signed in on the central portal, a deep link to the business portal (another
 * origin, its own cookies) lands in the form without asking for credentials again: the business
 * portal's sign-in goes to the same provider, whose session answers at once.
 */
const BUSINESS = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test('a deep link to the other portal opens the form without another credential prompt, parameters intact', async ({
  page,
}) => {
  await signIn(page, 'janis', '/');
  await expect(page.getByTestId('session.user-name')).toHaveText('Pieteicies: Jānis Bērziņš');

  // Every page the provider showed from here on: its sign-in form must not be one of them.
  const providerPages: string[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/idp/') && response.status() === 200) {
      const type = response.headers()['content-type'] ?? '';
      if (type.includes('text/html')) providerPages.push(response.url());
    }
  });

  await page.goto(`${BUSINESS}/services/declaration-of-residence/apply?version=1`);
  await expect(page.getByTestId('session.sign-in-required')).toBeVisible();
  await page.getByTestId('session.sign-in-to-continue').click();

  await expect(page.getByTestId('runtime.form')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(BUSINESS);
  await expect(page).toHaveURL(/\/services\/declaration-of-residence\/apply\?version=1/);
  await expect(page.getByTestId('session.user-name')).toHaveText('Pieteicies: Jānis Bērziņš');
  await expect(page.locator('#root_personalCode')).toHaveValue('161175-19997');
  expect(providerPages).toEqual([]);
  await expect(page.getByTestId('idp.username')).toHaveCount(0);
});
