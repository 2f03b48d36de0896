import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test.ts';

/**
 * The public catalogue (issue 7): find a service by search and by life situation, read its page,
 * and go to its form by the Apply deep link; axe (WCAG 2.1 AA) and 320 px on every page.
 */

async function expectNoSidewaysScrolling(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
}

test('finds a service by search without diacritics, opens its page and applies through its deep link', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Pakalpojumu katalogs' })).toBeVisible();
  await page.getByLabel('Meklēt pakalpojumu').fill('dzivesvieta');
  await page.getByRole('button', { name: 'Meklēt' }).click();
  await expect(page).toHaveURL(/\?q=dzivesvieta$/);
  // Other tests publish services on the same server (builder journeys build residence forms
  // too), so the count is not fixed; the demo service must be among them, found without ā/ī.
  await expect(page.getByTestId('catalogue.found')).toHaveText(/^Atrasti pakalpojumi: \d+$/);
  await page.getByRole('link', { name: 'Dzīvesvietas deklarēšana', exact: true }).click();

  await expect(page).toHaveURL(/\/services\/declaration-of-residence$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dzīvesvietas deklarēšana' })).toBeVisible();
  await expect(page.getByTestId('service-page.cost')).toContainText('Bez maksas');
  await expect(page.getByTestId('service-page.processing-time')).toHaveText('3 dienu laikā');
  await expect(page.getByRole('heading', { name: 'Kā tas notiek' })).toBeVisible();
  await page.getByText('Cik ilgā laikā jādeklarē jaunā dzīvesvieta?').click();
  await expect(page.getByText('Viena mēneša laikā pēc pārcelšanās.')).toBeVisible();

  await page.getByTestId('service-page.apply').click();
  await expect(page).toHaveURL(/\/services\/declaration-of-residence\/apply$/);
});

test('browses by life situation to a business service, in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Show in English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Service catalogue' })).toBeVisible();
  await page.getByRole('link', { name: 'Running a business' }).click();
  await expect(page).toHaveURL(/\/life-situations\/running-a-business$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Running a business' })).toBeVisible();
  await page.getByRole('link', { name: 'Company certificate request', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Company certificate request' })).toBeVisible();
  await expect(page.getByTestId('service-page.cost')).toContainText('7.50');
  await expect(page.getByTestId('service-page.processing-time')).toHaveText('within 5 days');
});

test('filters by audience and takes any search text without an error', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Uzņēmumiem').check();
  await page.getByRole('button', { name: 'Meklēt' }).click();
  await expect(page.getByTestId('catalogue.found')).toHaveText(/^Atrasti pakalpojumi: \d+$/);
  await expect(
    page.getByTestId('catalogue.service').filter({ hasText: 'Izziņas pieprasījums par uzņēmumu' }),
  ).toHaveCount(1);
  // The citizens' demo service is not for businesses.
  await expect(
    page.getByTestId('catalogue.service').filter({ hasText: 'Dzīvesvietas deklarēšana' }),
  ).toHaveCount(0);

  // The agency filter lists the agencies that have services, and keeps the choice in the address.
  await page.getByLabel('Visiem').check();
  await expect(
    page.getByLabel('Iestāde').getByRole('option', { name: /^Demonstrācijas iestāde \(\d+\)$/ }),
  ).toHaveCount(1);
  await page.getByLabel('Iestāde').selectOption('demo-agency');
  await page.getByRole('button', { name: 'Meklēt' }).click();
  await expect(page).toHaveURL(/agency=demo-agency/);
  await expect(
    page.getByTestId('catalogue.service').filter({ hasText: 'Dzīvesvietas deklarēšana' }),
  ).not.toHaveCount(0);

  await page.getByLabel('Iestāde').selectOption('');
  await page.getByLabel('Meklēt pakalpojumu').fill('" OR 1=1 -- NEAR(*)');
  await page.getByRole('button', { name: 'Meklēt' }).click();
  await expect(page.getByTestId('catalogue.found')).toHaveText('Nav atrasts neviens pakalpojums');
  await page.getByRole('link', { name: 'Rādīt visus pakalpojumus' }).click();
  await expect(page.getByTestId('catalogue.found')).toHaveText(/^Atrasti pakalpojumi: \d+$/);
  await expect(
    page.getByTestId('catalogue.service').filter({ hasText: 'Dzīvesvietas deklarēšana' }),
  ).not.toHaveCount(0);
});

test('an unknown service or life situation says so in plain words', async ({ page }) => {
  await page.goto('/services/no-such-service');
  await expect(page.getByRole('heading', { name: 'Pakalpojums nav atrasts' })).toBeVisible();
  await page.goto('/life-situations/winning-the-lottery');
  await expect(page.getByRole('heading', { name: 'Šādas dzīves situācijas nav' })).toBeVisible();
});

test('catalogue, life situation and service pages pass axe and reflow at 320 px', async ({
  formPage,
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of [
    '/',
    '/?q=izzi%C5%86a',
    '/life-situations/moving-house',
    '/services/declaration-of-residence',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
    await formPage.expectNoAccessibilityViolations();
    await expectNoSidewaysScrolling(page);
  }
  await page.getByText('Vai varu deklarēt bērna dzīvesvietu?').click();
  await formPage.expectNoAccessibilityViolations();
});

test('the citizen applies by the deep link, the agency completes it by API, the citizen rates it and the page shows it', async ({
  formPage,
  page,
  request,
}) => {
  const { generateValidData } = await import('../../schema/testing/generate-valid-data.ts');
  const { DEMO_AGENCY_KEY } = await import('../fixtures/demo-credentials.ts');
  await formPage.open('declaration-of-residence');
  const answers = {
    ...generateValidData(await formPage.formSchema(), { seed: 7, optional: 'none' }),
    ...(await formPage.signInAnswers()),
  };
  const reference = await formPage.submitAnswers(answers);
  const completed = await request.post(`/api/requests/${reference}/status`, {
    headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}` },
    data: { code: 'completed' },
  });
  expect(completed.status()).toBe(201);

  await page.goto(`/services/declaration-of-residence?rate=${reference}`);
  await expect(page.getByTestId('service-page.statistics')).toContainText('Izskatīti pieteikumi');
  await expect(page.getByLabel('Pieteikuma numurs')).toHaveValue(reference);
  await page.getByLabel('5 – ļoti labi').check();
  await page.getByLabel('Komentārs (nav obligāts)').fill('Ātri un vienkārši.');
  await page.getByRole('button', { name: 'Nosūtīt vērtējumu' }).click();
  await expect(page.getByTestId('service-page.rate-outcome')).toHaveText('Paldies! Jūsu vērtējums saņemts.');
  await expect(page.getByTestId('service-page.rating')).toHaveText('Vērtējums: 5 no 5 (vērtējumi: 1).');
  await formPage.expectNoAccessibilityViolations();

  await page.getByRole('button', { name: 'Nosūtīt vērtējumu' }).click();
  await expect(page.getByTestId('service-page.rate-outcome')).toHaveText('Šis pieteikums jau ir novērtēts.');
});
