import { expect, test } from './fixtures/test.ts';

const STEP_ONE = {
  personalCode: '161175-19997',
  givenName: 'Jānis',
  familyName: 'Bērziņš',
  birthDate: '1975-11-16',
  email: 'janis.berzins@example.lv',
};

test('the step is in the URL: Back, Forward and reload keep the place and the answers', async ({
  formPage,
  page,
}) => {
  await formPage.open('declaration-of-residence');
  await formPage.fillAnswers(STEP_ONE);
  await formPage.continue();
  await expect(page).toHaveURL(/\?step=2$/);
  await formPage.fillAnswers({ address: { street: 'Brīvības iela 1' } });

  await page.reload();
  await expect(formPage.stepHeading()).toContainText('2. solis no 2');
  await expect(page.locator('#root_address_street')).toHaveValue('Brīvības iela 1');

  await page.goBack();
  await expect(formPage.stepHeading()).toContainText('1. solis no 2');
  await expect(page.locator('#root_givenName')).toHaveValue('Jānis');
  await page.goForward();
  await expect(formPage.stepHeading()).toContainText('2. solis no 2');
  await expect(page.locator('#root_address_street')).toHaveValue('Brīvības iela 1');
});

test('a later step or the answers page cannot be reached by URL before the earlier steps are complete', async ({
  formPage,
  page,
}) => {
  // Pēteris, whom no other test signs in for this service, has no server draft to resume.
  await formPage.open('declaration-of-residence', '?step=check', { as: 'peteris' });
  await expect(formPage.stepHeading()).toContainText('1. solis no 2');
  await expect(page).toHaveURL(/\/apply$/);
  await formPage.fillAnswers(STEP_ONE);
  await page.goto('/services/declaration-of-residence/apply?step=check');
  await expect(formPage.stepHeading()).toContainText('2. solis no 2');
  await expect(page).toHaveURL(/\?step=2$/);
  await page.goto('/services/declaration-of-residence/apply?step=2');
  await expect(formPage.stepHeading()).toContainText('2. solis no 2');
});

test('"Change" on the answers page goes back to the question, and the answer changes', async ({
  formPage,
  page,
}) => {
  await formPage.open('declaration-of-residence');
  await formPage.completeWith({
    ...STEP_ONE,
    address: { street: 'Brīvības iela 1', city: 'Rīga', postalCode: 'LV-1010' },
    moveInDate: '2025-05-01',
    housingBasis: 'rental',
    ownerConsent: true,
  });
  await expect(formPage.answer('ownerConsent')).toContainText('Jā');
  await page.getByTestId('runtime.change-email').click();
  await expect(page.locator('#root_email')).toBeFocused();
  await expect(formPage.stepHeading()).toContainText('1. solis no 2');
  await page.locator('#root_email').fill('janis@example.lv');
  await formPage.continue();
  // Straight back to the answers, not through the remaining steps.
  await expect(formPage.checkAnswers()).toBeVisible();
  await expect(formPage.answer('email')).toContainText('janis@example.lv');
  await formPage.submit();
  await formPage.reference();
});

test('answers the server refuses are listed on the answers page and link back to their question', async ({
  formPage,
  page,
}) => {
  await formPage.open('declaration-of-residence');
  await formPage.completeWith({
    ...STEP_ONE,
    address: { street: 'Brīvības iela 1', city: 'Rīga', postalCode: 'LV-1010' },
    moveInDate: '2025-05-01',
    housingBasis: 'owner',
  });
  // The server has the last word (it validates everything); here it refuses the e-mail address.
  await page.route('**/api/services/declaration-of-residence/submissions', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        error: {
          code: 'validation_failed',
          message: 'The submission does not match the form.',
          issues: [{ code: 'format', path: '/email', message: 'must match format "email"' }],
        },
      }),
    }),
  );
  await page.getByTestId('runtime.submit').click();
  const summary = formPage.errorSummary();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'E-pasts: Ievadiet e-pasta adresi, piemēram, janis.berzins@example.lv.',
  ]);
  await formPage.expectNoAccessibilityViolations();
  await summary.getByRole('link').click();
  await expect(page.locator('#root_email')).toBeFocused();
  await expect(page.locator('.field--error')).toContainText('Ievadiet e-pasta adresi');
  await page.unroute('**/api/services/declaration-of-residence/submissions');
  await page.locator('#root_email').fill('janis@example.lv');
  await expect(page.locator('.field--error')).toHaveCount(0);
  await formPage.submit();
  await formPage.reference();
});
