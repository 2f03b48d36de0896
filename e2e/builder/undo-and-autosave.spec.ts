import { expect, test } from './fixtures/builder-test.ts';

const code = () => `safety-${Date.now().toString(36)}-${Math.floor(Math.random() * 1000)}`;

test('undo and redo every change, by keys and by buttons', async ({ page, services, designer }) => {
  await services.open();
  await services.create('Atsaukšana', 'Undo', code());
  await designer.addByKeyboard('email', 'Kontakta e-pasts', 'Contact e-mail');
  await expect(designer.field('Kontakta e-pasts')).toBeVisible();

  // Typing one label is one step: undo takes back the English label, then the Latvian one, then the field.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('inspector.label-en')).toHaveValue('E-mail');
  await expect(page.getByTestId('builder.undo-announcement')).toContainText('Atsaukts: nosaukums mainīts');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(designer.field('E-pasts')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(designer.canvas.locator('[data-field-id]')).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(designer.canvas.locator('[data-field-id]')).toHaveCount(1);
  await page.getByTestId('builder.redo').click();
  await page.getByTestId('builder.redo').click();
  await expect(designer.field('Kontakta e-pasts')).toBeVisible();
  await page.getByTestId('builder.undo').click();
  await expect(page.getByTestId('inspector.label-en')).toHaveValue('E-mail');
  await expect(designer.field('Kontakta e-pasts')).toBeVisible();
  await expect(page.getByTestId('builder.redo')).not.toHaveAttribute('aria-disabled', 'true');
});

test('autosave keeps the work through a reload, and through a reload while offline', async ({
  page,
  services,
  designer,
}) => {
  await services.open();
  await services.create('Saglabāšana', 'Saving', code());
  await designer.addByKeyboard('short-text', 'Pirmais lauks', 'First field');
  await designer.expectSaved();
  await page.reload();
  await expect(designer.field('Pirmais lauks')).toBeVisible();

  // The network fails: the state says offline, the work stays in the browser, a reload keeps it.
  await page.route('**/api/services/*/draft', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await designer.addByKeyboard('date', 'Otrais lauks', 'Second field');
  await expect(page.getByTestId('builder.save-state')).toHaveAttribute('data-state', 'offline', {
    timeout: 10_000,
  });
  await expect(page.getByTestId('builder.save-state')).toContainText('Bezsaistē');
  await page.reload();
  await expect(designer.field('Otrais lauks')).toBeVisible();

  // Back online: the restored work is saved to the server.
  await page.unroute('**/api/services/*/draft');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await designer.expectSaved();
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(designer.field('Otrais lauks')).toBeVisible();
});
