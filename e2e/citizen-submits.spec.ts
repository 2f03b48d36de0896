import { DEMO_AGENCY_KEY, DEMO_OTHER_AGENCY_KEY } from './fixtures/demo-credentials.ts';
import { expect, test } from './fixtures/test.ts';

const RESIDENCE = {
  'Personas kods': '161175-19997',
  Vārds: 'Jānis',
  Uzvārds: 'Bērziņš',
  'Dzimšanas datums': '1975-11-16',
  Tālrunis: '+371 2612 3456',
  'E-pasts': 'janis.berzins@example.lv',
  'Iela, mājas numurs, dzīvoklis': 'Brīvības iela 1-5',
  'Pilsēta vai pagasts': 'Rīga',
  'Pasta indekss': 'LV-1010',
  'Dzīvoju šajā adresē kopš': '2026-10-01',
};

test('a citizen opens a deep link, fills the form, submits and the agency reads the same submission', async ({
  formPage,
  page,
  request,
}) => {
  await formPage.open('declaration-of-residence');
  await expect(page.getByRole('heading', { name: 'Dzīvesvietas deklarēšana' })).toBeVisible();
  await formPage.expectNoAccessibilityViolations();
  await formPage.fill(RESIDENCE);
  await formPage.choose('Esmu īpašnieks');
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
      email: 'janis.berzins@example.lv',
      address: { street: 'Brīvības iela 1-5', city: 'Rīga', postalCode: 'LV-1010' },
      housingBasis: 'owner',
    },
  });
  const other = await request.get(`/api/submissions/${reference}`, {
    headers: { authorization: `Bearer ${DEMO_OTHER_AGENCY_KEY}` },
  });
  expect(other.status()).toBe(404);
});

test('wrong answers are listed in an error summary and nothing is submitted', async ({ formPage, page }) => {
  await formPage.open('declaration-of-residence');
  await formPage.fill({ ...RESIDENCE, 'Personas kods': '180565-05611', 'Pasta indekss': '1010' });
  await formPage.choose('Īres līgums');
  await formPage.submit();
  const summary = page.getByTestId('runtime.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).not.toHaveCount(0);
  await expect(page.getByTestId('runtime.reference')).toHaveCount(0);
  await formPage.expectNoAccessibilityViolations();
});

test('a URL parameter that the definition declares prefills its field', async ({ formPage }) => {
  await formPage.open('company-certificate-request', '?company=40003032949');
  await expect(formPage.page.locator('#root_companyCode')).toHaveValue('40003032949');
});

test('an unknown service shows a plain not-found page', async ({ page }) => {
  await page.goto('/services/no-such-service/apply');
  await expect(page.getByTestId('runtime.not-found')).toBeVisible();
});

test('the interface switches to English and keeps what was typed', async ({ formPage, page }) => {
  await formPage.open('declaration-of-residence');
  await formPage.fill({ Vārds: 'Anna' });
  await page.getByTestId('runtime.language-toggle').click();
  await expect(page.getByRole('heading', { name: 'Declaration of residence' })).toBeVisible();
  await expect(formPage.field('Given name')).toHaveValue('Anna');
});
