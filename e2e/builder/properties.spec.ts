import { expect, test } from './fixtures/builder-test.ts';

test('properties: rich help text, choices shown as a dropdown, limits by preset, and HTML in a label stays text', async ({
  page,
  services,
  designer,
}) => {
  await services.open();
  await services.create('Īpašības', 'Properties', `props-${Date.now().toString(36)}`);

  await designer.addByKeyboard('short-text', '<b>Vārds</b><script>window.hacked=1</script>', 'Name');
  await expect(designer.field('<b>Vārds</b><script>window.hacked=1</script>')).toBeVisible();
  await expect(designer.preview().getByText('<b>Vārds</b><script>window.hacked=1</script>')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  // A sample answer typed in the preview stays while the question is edited and the language changes.
  const sample = designer
    .preview()
    .getByRole('textbox', { name: '<b>Vārds</b><script>window.hacked=1</script>' });
  await sample.fill('Anna');

  // Help text: bold, a list and a link, written in the Latvian editor; the preview shows its plain text.
  const help = page.getByTestId('inspector.help-lv');
  await help.click();
  await page.keyboard.type('Rakstiet ');
  await page.getByTestId('inspector.help-lv.bold').click();
  await help.click();
  await page.keyboard.press('End');
  await page.keyboard.type('pilnu');
  await page.getByTestId('inspector.help-lv.bold').click();
  await help.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' vārdu.');
  await expect(help.locator('.rt-bold')).toHaveText('pilnu');
  await page.getByTestId('inspector.label-en').focus();
  await expect(designer.preview().getByText('Rakstiet pilnu vārdu.')).toBeVisible();

  // Limits: a named pattern, never a typed regular expression.
  await page.getByTestId('inspector.preset').selectOption({ label: 'Tikai burti' });
  await expect(page.getByText('Piemēram: Bērziņa')).toBeVisible();
  await page.getByTestId('inspector.maxLength').fill('60');
  await expect(sample).toHaveValue('Anna');

  // A number keeps the way it was typed when an edit draws the preview again.
  await designer.addByKeyboard('number', 'Skaits', 'Count');
  await designer.preview().getByRole('spinbutton', { name: 'Skaits' }).fill('12.50');
  await designer.typeLabel('Skaits kopā', 'Total count');
  await expect(designer.preview().getByRole('spinbutton', { name: 'Skaits kopā' })).toHaveValue('12.50');
  await expect(sample).toHaveValue('Anna');

  // A single choice with its own options, shown as a dropdown list.
  await designer.addByKeyboard('single-choice', 'Pilsēta', 'City');
  await page.getByTestId('inspector.option-lv.0').fill('Rīga');
  await page.getByTestId('inspector.option-en.0').fill('Riga');
  await page.getByTestId('inspector.option-lv.1').fill('Liepāja');
  await page.getByTestId('inspector.option-add').click();
  await page.getByTestId('inspector.option-lv.2').fill('Daugavpils');
  await page.getByTestId('inspector.display').selectOption('dropdown');
  await expect(designer.preview().getByRole('combobox', { name: 'Pilsēta' })).toBeVisible();
  await expect(designer.preview().getByRole('option', { name: 'Daugavpils' })).toHaveCount(1);

  // Preview language and width.
  await page.getByTestId('builder.preview.language-en').click();
  await expect(designer.preview().getByRole('combobox', { name: 'City' })).toBeVisible();
  await expect(designer.preview().getByRole('textbox', { name: 'Name' })).toHaveValue('Anna');
  await page.getByTestId('builder.preview.width-phone').click();
  await expect(page.getByTestId('builder.preview.frame')).toHaveCSS('width', '375px');
  await designer.expectSaved();
});

test('properties: a file field accepts only the kinds of file staff tick', async ({
  page,
  services,
  designer,
}) => {
  await services.open();
  await services.create('Faili', 'Files', `files-${Date.now().toString(36)}`);
  await designer.addByKeyboard('attachment', 'Apliecinājums', 'Certificate');

  const kinds = page.getByTestId('inspector.file-types');
  await expect(kinds.getByRole('checkbox')).toHaveCount(4);
  await page.getByTestId('inspector.file-types.pictures').uncheck();
  await page.getByTestId('inspector.file-types.tables').uncheck();
  const fileInput = designer.preview().locator('input[type="file"]');
  await expect(fileInput).toHaveAttribute('accept', '.pdf,.doc,.docx,.odt,.edoc,.asice');

  // The last kind cannot be taken away: the field would accept nothing.
  await page.getByTestId('inspector.file-types.documents').uncheck();
  await page.getByTestId('inspector.file-types.signed').click();
  await expect(kinds.getByRole('alert')).toHaveText('Jāatstāj vismaz viens failu veids.');
  await expect(page.getByTestId('inspector.file-types.signed')).toBeChecked();
  await expect(fileInput).toHaveAttribute('accept', '.edoc,.asice');
  await designer.expectSaved();
});
