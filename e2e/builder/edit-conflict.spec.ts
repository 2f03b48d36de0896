import { expect, test } from './fixtures/builder-test.ts';
import { DesignerPage } from './fixtures/designer-page.ts';

/**
 * Two pages edit one draft. The later save gets 409 edit_conflict: a clear message, a look at the
 * other version, then a choice — never a silent overwrite.
 */
test('the later of two editors sees the conflict, compares, and keeps theirs or saves over knowingly', async ({
  page,
  context,
  services,
  designer,
}) => {
  const code = `conflict-${Date.now().toString(36)}`;
  await services.open();
  await services.create('Konflikts', 'Conflict', code);
  await designer.addByKeyboard('short-text', 'Kopīgs lauks', 'Shared field');
  await designer.expectSaved();

  const other = await context.newPage();
  await other.goto(page.url());
  const second = new DesignerPage(other);
  await expect(second.field('Kopīgs lauks')).toBeVisible();

  // The first page saves a change; the second, still on the old revision, saves another.
  await designer.addByKeyboard('date', 'Pirmās lapas lauks', 'Field from page one');
  await designer.expectSaved();
  await second.addByKeyboard('number', 'Otrās lapas lauks', 'Field from page two');
  await expect(other.getByTestId('builder.conflict')).toBeVisible({ timeout: 10_000 });
  await expect(other.getByTestId('builder.save-state')).toHaveAttribute('data-state', 'conflict');

  await other.getByTestId('builder.conflict.show-theirs').click();
  await expect(other.getByTestId('builder.diff.added')).toContainText('Pirmās lapas lauks');
  await expect(other.getByTestId('builder.diff.removed')).toContainText('Otrās lapas lauks');
  await other.getByTestId('builder.conflict.keep-mine').click();
  await second.expectSaved();

  // Now the first page is behind: it loads the other version instead, and Undo brings its own back.
  await designer.addByKeyboard('yes-no', 'Vēl viens', 'One more');
  await expect(page.getByTestId('builder.conflict')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('builder.conflict.show-theirs').click();
  await page.getByTestId('builder.conflict.load-theirs').click();
  await expect(designer.field('Otrās lapas lauks')).toBeVisible();
  await expect(designer.field('Vēl viens')).toHaveCount(0);
  await designer.expectSaved();
  await page.getByTestId('builder.undo').click();
  await expect(designer.field('Vēl viens')).toBeVisible();
});
