/**
 * Issue 7, service levels: a case worker finds the requests of a service that are past its target
 * time, from the request list and by keyboard, and opens one. The e2e server runs on the real
 * clock, so the agency publishes a service whose target is one second (a valid ISO 8601
 * duration): a request submitted through the public API is overdue a moment later. Before that,
 * the same screen says that nothing is overdue. Both states are checked with axe and at 320 px.
 */
import type { Page } from '@playwright/test';
import { buildDefinition } from '../../schema/build-definition.ts';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { tabTo } from '../fixtures/keyboard.ts';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

const headers = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };

/** Nothing on the page is wider than a 320 px screen (WCAG 1.4.10 reflow); names what is. */
async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  const tooWide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 320.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );
  expect(tooWide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a case worker finds the overdue requests of a service and opens one', async ({
  page,
  formPage,
  request: anonymous,
}) => {
  const code = `overdue-${Date.now().toString(36)}`;
  const title = { lv: 'Kavēšanās pārbaude', en: 'Delay check' };
  const definition = buildDefinition({
    code,
    agency: 'demo-agency',
    title,
    settings: { targetProcessingTime: 'PT1S' },
  });
  expect((await anonymous.post('/api/services', { headers, data: { definition } })).status()).toBe(201);
  expect((await anonymous.post(`/api/services/${code}/publish`, { headers })).status()).toBe(201);

  // Nothing submitted yet: the screen says that nothing is overdue.
  await signIn(page, 'dace', '/builder/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'Pieteikumi' })).toBeVisible();
  // An agency with many services has the links folded into a list: open it first.
  const links = page.getByTestId('requests.overdue-links');
  await expect(links).toBeVisible();
  if ((await links.locator('summary').count()) > 0) await links.locator('summary').click();
  const link = links.getByRole('link', { name: title.lv });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/builder/services/${code}/overdue$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Nokavētie pieteikumi: ${title.lv}`);
  await expect(page.getByTestId('overdue.target')).toHaveText('Noteiktais izskatīšanas laiks: 1 sekunde.');
  await expect(page.getByTestId('overdue.none')).toHaveText(
    'Nekas nav nokavēts: visi atvērtie šī pakalpojuma pieteikumi vēl ir noteiktajā laikā.',
  );
  await formPage.expectNoAccessibilityViolations();
  await expectNoSidewaysScroll(page);

  // A request through the public API, a moment past the one-second target.
  const submitted = await anonymous.post(`/api/services/${code}/submissions`, {
    data: { data: { fullName: 'Anna Liepa' } },
  });
  expect(submitted.status()).toBe(201);
  const { reference } = await submitted.json();
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('overdue.row')).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const row = page.getByTestId('overdue.row');
  await expect(row.getByRole('link')).toHaveText(reference);
  await expect(row.getByTestId('overdue.by')).toHaveText('mazāk nekā dienu');
  await expect(row).toContainText(/Statuss:?\s*(Iesniegts|Saņemts)/);
  await formPage.expectNoAccessibilityViolations();
  await expectNoSidewaysScroll(page);

  // In English, then by keyboard to the request's case page.
  await page.getByTestId('builder.language-toggle').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Overdue requests: ${title.en}`);
  await expect(row.getByTestId('overdue.by')).toHaveText('less than a day');
  await page.getByRole('link', { name: 'Back to requests' }).focus();
  await tabTo(page, `a:${reference}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/builder/requests/${reference}$`));
  await expect(page.getByTestId('request.status')).toHaveText(/Submitted|Received/);
});

test("another agency's case worker gets no overdue list of this agency's service", async ({ page }) => {
  await signIn(page, 'laura', '/builder/services/declaration-of-residence/overdue');
  await expect(page.getByRole('alert')).toHaveText('Jūsu iestādei nav šāda pakalpojuma.');
});
