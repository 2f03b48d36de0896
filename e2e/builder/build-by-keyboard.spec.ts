import { expect, test } from './fixtures/builder-test.ts';
import { submitAsCitizen } from './fixtures/submit-residence.ts';

/**
 * Issue 3, done when: the same three-step form built with the keyboard only. Nothing here moves
 * or clicks the mouse: focus moves to a control and a key is pressed (Enter, Space, arrows), or
 * text is typed. One placement uses dnd-kit's keyboard drag (Space, arrows, Space); the rest use
 * the plain buttons beside each field.
 */
test('a designer builds the three-step form with the keyboard only, publishes it, and a citizen submits it', async ({
  page,
  browser,
  services,
  designer,
}) => {
  test.setTimeout(120_000);
  const code = `residence-keys-${Date.now().toString(36)}`;
  await services.open();
  await page.getByTestId('builder.create.title-lv').focus();
  await page.keyboard.type('Dzīvesvietas deklarācija');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Declaration of residence');
  await page.getByTestId('builder.create.code').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('builder.designer')).toBeVisible();

  await designer.addByKeyboard('short-text', 'Vārds, uzvārds', 'Full name');
  await designer.press(page.getByTestId('inspector.required'), 'Space');
  await designer.addByKeyboard('personal-code', 'Personas kods', 'Personal code');
  await designer.press(page.getByTestId('inspector.required'), 'Space');

  // A keyboard drag: pick the personal code up, move it above the full name, drop it.
  await designer.press(designer.handle('Personas kods'), 'Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(
    "Lauks 'Personas kods' būs veidlapā, 2. vieta no 2",
  );
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(
    "Lauks 'Personas kods' būs veidlapā, 1. vieta no 2",
  );
  await page.keyboard.press('Space');
  await expect(designer.canvas.locator('[data-field-id]').first()).toContainText('Personas kods');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('nolikts veidlapā, 1. vieta no 2');

  await designer.selectByKeyboard('Vārds, uzvārds');
  await designer.addByKeyboard('address', 'Jaunā adrese', 'New address');
  await designer.addByKeyboard('yes-no', 'Vai kopā ar jums dzīvo ģimene?', 'Does family live with you?');
  await designer.press(page.getByTestId('inspector.required'), 'Space');
  await designer.addByKeyboard('repeating-group', 'Ģimenes locekļi', 'Family members');
  await designer.addByKeyboard('short-text', 'Vārds', 'Name');
  await designer.press(page.getByTestId('inspector.required'), 'Space');
  await designer.moveByButton('Vārds', 'into-above');
  await expect(page.getByTestId('builder.announcer')).toContainText("atkārtojamā grupā 'Ģimenes locekļi'");
  await expect(designer.inside('Ģimenes locekļi')).toContainText('Vārds');

  await designer.selectByKeyboard('Ģimenes locekļi');
  await designer.press(page.getByTestId('conditions.add'));
  await page.getByTestId('conditions.field.0').focus();
  await page.getByTestId('conditions.field.0').selectOption({ label: 'Vai kopā ar jums dzīvo ģimene?' });
  await page.getByTestId('conditions.value.0').focus();
  await page.getByTestId('conditions.value.0').selectOption({ label: 'Jā' });

  await designer.selectByKeyboard('Jaunā adrese');
  await designer.press(page.getByTestId('builder.canvas.page-break.adrese'));
  await designer.selectByKeyboard('Vai kopā ar jums dzīvo ģimene?');
  await designer.press(page.getByTestId('builder.canvas.page-break.jaVaiNe'));
  await expect(designer.canvas.locator('section.canvas-step')).toHaveCount(3);
  for (const [i, lv, en] of [
    [0, 'Par jums', 'About you'],
    [1, 'Adrese', 'Address'],
    [2, 'Ģimene', 'Family'],
  ] as const) {
    const step = designer.canvas.locator('section.canvas-step').nth(i);
    for (const [lang, text] of [
      ['lv', lv],
      ['en', en],
    ] as const) {
      await step.locator(`input[lang="${lang}"]`).first().focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    }
  }

  await designer.expectSaved();
  await designer.press(page.getByTestId('builder.publish.button'));
  await expect(page.getByTestId('builder.publish.done')).toContainText('Publicēta 1. versija', {
    timeout: 15_000,
  });

  await submitAsCitizen(browser, code);
});
