import { DEMO_AGENCY_KEY, DEMO_OTHER_AGENCY_KEY } from './fixtures/demo-credentials.ts';
import { expect, test } from './fixtures/test.ts';

const ABOUT_YOU = {
  'Personas kods': '161175-19997',
  Vārds: 'Jānis',
  Uzvārds: 'Bērziņš',
  'Dzimšanas datums': '1975-11-16',
  Tālrunis: '+371 2612 3456',
  'E-pasts': 'janis.berzins@example.lv',
};
const RESIDENCE = {
  'Iela, mājas numurs, dzīvoklis': 'Brīvības iela 1-5',
  'Pilsēta vai pagasts': 'Rīga',
  'Pasta indekss': 'LV-1010',
  'Dzīvoju šajā adresē kopš': '2026-10-01',
};

test('a citizen opens a deep link, fills both steps, checks the answers, submits and the agency reads the same submission', async ({
  formPage,
  page,
  request,
}) => {
  await formPage.open('declaration-of-residence');
  await expect(page.getByRole('heading', { name: 'Dzīvesvietas deklarēšana' })).toBeVisible();
  await expect(formPage.stepHeading()).toHaveText('1. solis no 2Par jums');
  await formPage.expectNoAccessibilityViolations();
  await formPage.fill(ABOUT_YOU);
  await formPage.continue();

  await expect(formPage.stepHeading()).toHaveText('2. solis no 2Dzīvesvieta');
  await expect(formPage.stepHeading()).toBeFocused();
  await expect(page).toHaveURL(/\?step=2$/);
  await formPage.expectNoAccessibilityViolations();
  await formPage.fill(RESIDENCE);
  await formPage.choose('Esmu īpašnieks');
  await formPage.continue();

  await expect(formPage.checkAnswers()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pārbaudiet atbildes' })).toBeFocused();
  await expect(formPage.answer('birthDate')).toContainText('16.11.1975');
  await expect(formPage.answer('housingBasis')).toContainText('Esmu īpašnieks');
  await expect(formPage.answer('address')).toContainText('Pasta indekss: LV-1010');
  await expect(formPage.answer('ownerConsent')).toContainText('Nav norādīts');
  await formPage.expectNoAccessibilityViolations();
  await formPage.submit();

  const reference = await formPage.reference();
  await formPage.expectNoAccessibilityViolations();

  const read = await request.get(`/api/submissions/${reference}`, {
    headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}` },
  });
  expect(read.status()).toBe(200);
  const submission = await read.json();
  expect(submission).toMatchObject({
    reference,
    serviceCode: 'declaration-of-residence',
    version: 1,
    data: {
      personalCode: '161175-19997',
      givenName: 'Jānis',
      birthDate: '1975-11-16',
      email: 'janis.berzins@example.lv',
      address: { street: 'Brīvības iela 1-5', city: 'Rīga', postalCode: 'LV-1010' },
      housingBasis: 'owner',
    },
  });
  const other = await request.get(`/api/submissions/${reference}`, {
    headers: { authorization: `Bearer ${DEMO_OTHER_AGENCY_KEY}` },
  });
  expect(other.status()).toBe(404);

  // Sent answers are forgotten: the same link starts an empty form (but for the sign-in's answers).
  await formPage.open('declaration-of-residence');
  await expect(formPage.field('Tālrunis')).toHaveValue('');
  await expect(formPage.field('Vārds')).toHaveValue('Jānis');
});

test('wrong answers are listed in an error summary on their step and nothing is submitted', async ({
  formPage,
  page,
}) => {
  await formPage.open('declaration-of-residence');
  await formPage.fill({ ...ABOUT_YOU, Tālrunis: '2612' });
  await formPage.continue();
  const summary = formPage.errorSummary();
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Tālrunis: Ievadiet tālruņa numuru ar +371, piemēram, +371 2612 3456.',
  ]);
  await expect(page).not.toHaveURL(/step=/);
  await formPage.expectNoAccessibilityViolations();
  await summary.getByRole('link').click();
  await expect(formPage.field('Tālrunis')).toBeFocused();

  // Corrected, the message goes away as the citizen types.
  await formPage.field('Tālrunis').fill('+371 2612 3456');
  await expect(summary).toHaveCount(0);
  await formPage.continue();
  await formPage.fill({ ...RESIDENCE, 'Pasta indekss': '1010' });
  await formPage.choose('Īres līgums');
  await formPage.continue();
  await expect(summary.getByRole('link')).toHaveText([
    'Pasta indekss: Ievadiet pasta indeksu, piemēram, LV-1050.',
    'Vai īpašnieks piekrīt, ka deklarējat šo adresi?: Aizpildiet šo lauku.',
  ]);
  await expect(page.getByTestId('runtime.reference')).toHaveCount(0);
  await formPage.expectNoAccessibilityViolations();
});

test('a URL parameter that the definition declares prefills its field, and leaves the address', async ({
  formPage,
  page,
}) => {
  await formPage.open('company-certificate-request', '?company=40003032949');
  await expect(formPage.page.locator('#root_companyCode')).toHaveValue('40003032949');
  await expect(page).toHaveURL(/\/apply$/);
  await page.reload();
  await expect(formPage.page.locator('#root_companyCode')).toHaveValue('40003032949');
});

test('an unknown service shows a plain not-found page', async ({ page }) => {
  await page.goto('/services/no-such-service/apply');
  await expect(page.getByTestId('runtime.not-found')).toBeVisible();
});

test('the interface switches to English and keeps what was typed, on every step', async ({
  formPage,
  page,
}) => {
  await formPage.open('declaration-of-residence');
  await formPage.fill({ Tālrunis: '+371 2612 3456' });
  await page.getByTestId('runtime.language-toggle').click();
  await expect(page.getByRole('heading', { name: 'Declaration of residence' })).toBeVisible();
  await expect(formPage.stepHeading()).toHaveText('Step 1 of 2About you');
  await expect(formPage.field('Phone')).toHaveValue('+371 2612 3456');
  await formPage.fill({ 'Date of birth': '1980-02-29' });
  await formPage.fill({ 'E-mail': 'anna@example.lv' });
  await formPage.continue();
  await formPage.fill({ 'Street, house number, flat': 'Ezera iela 2' });
  await page.getByTestId('runtime.language-toggle').click();
  await expect(formPage.field('Iela, mājas numurs, dzīvoklis')).toHaveValue('Ezera iela 2');
  await formPage.back();
  await expect(formPage.field('Tālrunis')).toHaveValue('+371 2612 3456');
});
