import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/builder-test.ts';

test('version history shows what changed; an exported file imports as a new service', async ({
  page,
  services,
  designer,
}) => {
  const code = `history-${Date.now().toString(36)}`;
  await services.open();
  await services.create('Vēsture', 'History', code);
  await designer.addByKeyboard('short-text', 'Vārds', 'Name');
  await designer.addByKeyboard('yes-no', 'Vai ir suns?', 'Do you have a dog?');
  await designer.expectSaved();
  await designer.press(page.getByTestId('builder.publish.button'));
  await expect(page.getByTestId('builder.publish.done')).toContainText('Publicēta 1. versija');

  await designer.addByKeyboard('short-text', 'Suņa vārds', "Dog's name");
  await designer.press(page.getByTestId('conditions.add'));
  await page.getByTestId('conditions.field.0').selectOption({ label: 'Vai ir suns?' });
  await designer.selectByKeyboard('Vārds');
  await designer.typeLabel('Vārds, uzvārds', 'Full name');
  await designer.expectSaved();
  await designer.press(page.getByTestId('builder.publish.button'));
  await expect(page.getByTestId('builder.publish.done')).toContainText('Publicēta 2. versija');

  await page.goto(`/builder/services/${code}/history`);
  await expect(page.getByTestId('builder.diff.added')).toContainText('Suņa vārds');
  await expect(page.getByTestId('builder.diff.changed')).toContainText('Vārds, uzvārds: nosaukums');
  await expect(page.getByTestId('builder.diff.conditions')).toBeVisible();
  await page.getByTestId('builder.history.version.1').click();
  await expect(page.getByText('Pirmā publicētā versija.')).toBeVisible();

  // Export the file, then import it: the code is taken, so the builder asks for another.
  await services.open();
  const download = page.waitForEvent('download');
  await page.getByTestId(`builder.services.export.${code}`).click();
  const file = await (await download).path();
  await page.getByTestId('builder.import.file').setInputFiles({
    name: `${code}.json`,
    mimeType: 'application/json',
    buffer: await readFile(file),
  });
  await expect(page.getByTestId('builder.import.problems')).toContainText('jau ir');
  await page.getByTestId('builder.import.code').fill(`${code}-imported`);
  await page.getByTestId('builder.import.retry').click();
  await expect(page.getByTestId('builder.designer')).toBeVisible();
  await expect(designer.field('Suņa vārds')).toBeVisible();
});
