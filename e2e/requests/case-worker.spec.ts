/**
 * Issue 6: an agency without its own case system handles requests on the case-worker screen:
 * finds the request, sets its status from the service's mapping and asks the applicant for more
 * information; the citizen sees both in the workplace. Another agency's case worker does not see it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FormPage } from '../fixtures/form-page.ts';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';
import { submitDeclaration } from './submit-declaration.ts';

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('a case worker finds a request, sets its status and asks the applicant for more information', async ({
  browser,
  page,
}) => {
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  const reference = await submitDeclaration(new FormPage(citizen));

  await signIn(page, 'dace', '/builder');
  await page.getByTestId('builder.requests-link').click();
  await expect(page.getByRole('heading', { name: 'Pieteikumi' })).toBeVisible();
  await page.getByLabel('Pakalpojums').selectOption({ label: 'Dzīvesvietas deklarēšana' });
  await page.getByLabel('Statuss').selectOption({ label: 'Iesniegts' });
  await page.getByLabel('Meklēt pēc numura vai vārda').fill(reference);
  await page.getByRole('button', { name: 'Atlasīt' }).click();
  await expect(page.getByTestId('requests.row')).toHaveCount(1);
  await expect(page.getByTestId('requests.row')).toContainText('Jānis Bērziņš');
  await expectAccessible(page);
  // On a phone (320 px) the page reflows; only the table scrolls sideways, inside its own box.
  const desk = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  if (desk) await page.setViewportSize(desk);

  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByTestId('request.status')).toHaveText('Iesniegts');
  await expect(page.getByTestId('request.answers')).toContainText('Brīvības iela 1-5');
  await page.getByTestId('request.code').selectOption({ label: 'Tiek izskatīts' });
  await page.getByTestId('request.save-status').click();
  await expect(page.getByText('Statuss saglabāts.')).toBeVisible();
  await expect(page.getByTestId('request.status')).toHaveText('Tiek izskatīts');

  await page.getByTestId('request.message').fill('Lūdzu, pievienojiet īres līguma kopiju.');
  await page.getByTestId('request.asks').check();
  await page.getByTestId('request.send').click();
  await expect(page.getByText('Ziņa nosūtīta.')).toBeVisible();
  await expect(page.getByTestId('request.status')).toHaveText('Gaida iesniedzēja atbildi');
  await expectAccessible(page);

  await citizen.goto(`/my/requests/${reference}`);
  await expect(citizen.getByTestId('workplace.status')).toHaveText('Gaida jūsu atbildi');
  await expect(citizen.getByTestId('workplace.messages')).toContainText('īres līguma kopiju');
  await citizenContext.close();
});

test("another agency's case worker does not find the request", async ({ browser, page }) => {
  const citizenContext = await browser.newContext();
  const reference = await submitDeclaration(new FormPage(await citizenContext.newPage()));
  await citizenContext.close();

  await signIn(page, 'laura', `/builder/requests/${reference}`);
  await expect(page.getByRole('alert')).toHaveText('Šāds pieteikums nav atrasts.');
});
