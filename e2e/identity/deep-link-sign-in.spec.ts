import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { signIn, signInAtProvider } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

/**
 * Issue 5, "done when": a deep link with a version pin and a prefill parameter, opened signed
 * out, goes through the embedded provider's sign-in page and lands back in that very form with
 * the parameter applied and the personal code and names from the sign-in, read-only; submitted,
 * the agency reads them as the sign-in gave them.
 */
const CODE = 'identity-deep-link';
const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };

test.beforeAll(async ({ request }) => {
  // A corpus definition that prefills personal code and names from the sign-in and `caseNumber`
  // from the link's `case` parameter; for signed-in people with high assurance.
  const file = join(
    import.meta.dirname,
    '..',
    '..',
    'schema',
    'fixtures',
    'definitions',
    'valid',
    'prefill-claims-and-url.json',
  );
  const definition = { ...JSON.parse(readFileSync(file, 'utf8')), code: CODE, agency: 'demo-agency' };
  const created = await request.post('/api/services', { headers: auth, data: { definition } });
  expect([201, 409]).toContain(created.status());
  if (created.status() === 201) {
    expect((await request.post(`/api/services/${CODE}/publish`, { headers: auth })).status()).toBe(201);
  }
});

test('a signed-out deep link asks to sign in, comes back to the same form with its parameters, and the sign-in fills personal code and names read-only', async ({
  formPage,
  page,
  request,
}) => {
  await page.goto(`/services/${CODE}/apply?version=1&case=AB-123456`);
  await expect(page.getByTestId('session.sign-in-required')).toBeVisible();
  await expect(page.getByTestId('runtime.form')).toHaveCount(0);
  await formPage.expectNoAccessibilityViolations();

  await page.getByTestId('session.sign-in-to-continue').click();
  await expect(page).toHaveURL(/\/idp\//);
  await signInAtProvider(page, 'janis');

  await expect(page.getByTestId('runtime.form')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/services/${CODE}/apply\\?version=1`));
  await expect(page.getByTestId('session.user-name')).toHaveText('Pieteicies: Jānis Bērziņš');
  await expect(page.locator('#root_caseNumber')).toHaveValue('AB-123456');
  for (const [field, value] of [
    ['personalCode', '161175-19997'],
    ['givenName', 'Jānis'],
    ['familyName', 'Bērziņš'],
  ]) {
    await expect(page.locator(`#root_${field}`)).toHaveValue(value!);
    await expect(page.locator(`#root_${field}`)).toHaveAttribute('readonly', '');
  }
  // E-mail and phone are not in the session: the citizen types them.
  await expect(page.locator('#root_email')).toBeEditable();
  await formPage.expectNoAccessibilityViolations();

  await formPage.submit();
  const reference = await formPage.reference();
  const read = await request.get(`/api/submissions/${reference}`, { headers: auth });
  expect(await read.json()).toMatchObject({
    version: 1,
    data: {
      personalCode: '161175-19997',
      givenName: 'Jānis',
      familyName: 'Bērziņš',
      caseNumber: 'AB-123456',
    },
    represented: null,
  });
});

test('a sign-in return address that points off the site lands on the portal itself', async ({ page }) => {
  await signIn(page, 'anna', 'https://evil.example/phish');
  expect(new URL(page.url()).origin).toBe(new URL(page.context().pages()[0]!.url()).origin);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByTestId('session.user-name')).toHaveText('Pieteicies: Anna Kalniņa');
});

test('a sign-in weaker than the service asks for is told so, with no form', async ({ formPage, page }) => {
  await signIn(page, 'karlis', `/services/${CODE}/apply`);
  await expect(page.getByTestId('session.assurance-too-low')).toBeVisible();
  await expect(page.getByTestId('runtime.form')).toHaveCount(0);
  await formPage.expectNoAccessibilityViolations();
});

test('signing out ends the session on the portal', async ({ page }) => {
  await signIn(page, 'janis', '/');
  await page.getByTestId('session.sign-out').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/auth/'));
  await page.goto('/');
  await expect(page.getByTestId('session.sign-in')).toBeVisible();
});
