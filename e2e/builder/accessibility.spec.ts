import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/builder-test.ts';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('the builder screens have no WCAG 2.1 AA violations axe can find', async ({
  page,
  services,
  designer,
}) => {
  await services.open();
  await expectNoViolations(page);

  await page.goto('/builder/services/declaration-of-residence');
  await expect(designer.canvas).toBeVisible();
  await designer.select('Tiesiskais pamats dzīvot šajā adresē');
  await page.getByTestId('builder.preview.step').selectOption({ index: 1 });
  await expectNoViolations(page);

  await designer.select('Vai īpašnieks piekrīt, ka deklarējat šo adresi?');
  await expectNoViolations(page);

  await page.goto('/builder/services/declaration-of-residence/history');
  await expect(page.getByTestId('builder.history.versions')).toBeVisible();
  await expectNoViolations(page);

  await page.getByTestId('builder.language-toggle').click();
  await page.goto('/builder');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service forms');
  await expectNoViolations(page);

  // A form that cannot be published yet: the problems list, in English this time.
  await services.create('Tukša veidlapa', 'Empty form', `empty-${Date.now().toString(36)}`);
  await page.getByTestId('builder.publish.button').click();
  await expect(page.getByTestId('builder.publish.issues')).toContainText('The form has no fields.');
  await expectNoViolations(page);
});
