import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';

// The narrowest screen WCAG 1.4.10 (Reflow) asks for: 320 CSS pixels, no sideways scrolling.
test.use({ viewport: { width: 320, height: 640 } });

async function expectNoSidewaysScrolling(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
}

test('every runtime page passes axe (WCAG 2.1 AA) and reflows at 320 px: each step, with errors, check answers, confirmation', async ({
  formPage,
  page,
}) => {
  const check = async () => {
    await formPage.expectNoAccessibilityViolations();
    await expectNoSidewaysScrolling(page);
  };
  await formPage.open('company-certificate-request');
  await check();
  await formPage.continue();
  await expect(formPage.errorSummary()).toBeFocused();
  await check();
  await formPage.fillAnswers({
    companyCode: '40003032949',
    companyName: 'SIA Piemērs',
    contactPerson: 'Anna Bērziņa',
    email: 'anna@example.lv',
  });
  await formPage.continue();
  await expect(formPage.stepHeading()).toContainText('2. solis no 2');
  await check();
  await formPage.fillAnswers({ deliveryMethod: 'post', deliveryDate: '31.02.2026' });
  await formPage.continue();
  await expect(formPage.errorSummary()).toBeVisible();
  await expect(formPage.errorSummary().getByRole('link')).toHaveText([
    'Izziņas veids: Aizpildiet šo lauku.',
    'Pasta adrese: Aizpildiet šo lauku.',
    'Vēlamais saņemšanas datums: Ievadiet pareizu datumu.',
  ]);
  await check();
  await formPage.fillAnswers({
    certificateKind: 'no-tax-debt',
    postalAddress: { street: 'Brīvības iela 1', city: 'Rīga', postalCode: 'LV-1050' },
    deliveryDate: '27.03.2026',
    purpose: 'Iepirkumam',
  });
  await formPage.continue();
  await expect(formPage.checkAnswers()).toBeVisible();
  await expect(formPage.answer('deliveryDate')).toContainText('27.03.2026');
  await expect(formPage.answer('certificateKind')).toContainText('Izziņa par nodokļu parādu neesamību');
  await check();
  await formPage.submit();
  await formPage.reference();
  await check();
});

test('not-found and retired-style pages pass axe at 320 px too', async ({ formPage, page }) => {
  await page.goto('/services/no-such-service/apply');
  await expect(page.getByTestId('runtime.not-found')).toBeVisible();
  await formPage.expectNoAccessibilityViolations();
  await expectNoSidewaysScrolling(page);
  await page.goto('/');
  await formPage.expectNoAccessibilityViolations();
});
