import { expect, test } from './fixtures/builder-test.ts';

test.describe('service list', () => {
  test('lists the agency services and imports a file only after it passes the check', async ({
    page,
    services,
  }) => {
    await services.open();
    await expect(services.row('declaration-of-residence')).toBeVisible();

    await page.getByTestId('builder.import.file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ modelVersion: 1, code: 'Bad Code!', form: {} })),
    });
    const problems = page.getByTestId('builder.import.problems');
    await expect(problems).toBeVisible();
    await expect(problems).not.toContainText('must');
    await page.getByTestId('builder.import.file').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a":'),
    });
    await expect(problems).toContainText('nav veidlapas fails');
    await page.getByTestId('builder.import.file').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(3 * 1024 * 1024, ' '),
    });
    await expect(problems).toContainText('pārāk liels');
  });

  test('duplicates a service under a new code', async ({ page, services }) => {
    await services.open();
    await page.getByTestId('builder.services.duplicate.company-certificate-request').click();
    await expect(services.row('company-certificate-request-kopija')).toBeVisible();
  });
});
