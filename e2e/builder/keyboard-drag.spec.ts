import { expect, type Page } from '@playwright/test';
import { test } from './fixtures/builder-test.ts';

const live = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** Presses an arrow until the drag announcement names the wanted place (as a listener would). */
async function arrowUntil(page: Page, key: 'ArrowUp' | 'ArrowDown', heard: string) {
  for (let i = 0; i < 12 && !((await live(page).textContent()) ?? '').includes(heard); i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(80);
  }
  await expect(live(page)).toContainText(heard);
}

test('keyboard drags from the palette and between lists go exactly where the announcement says', async ({
  page,
  services,
  designer,
}) => {
  await services.open();
  await services.create('Tastatūra', 'Keyboard', `keys-${Date.now().toString(36)}`);
  await designer.addByKeyboard('repeating-group', 'Bērni', 'Children');
  await designer.addByKeyboard('short-text', 'Bērna vārds', "Child's name");

  // A new date field from the palette, by keyboard, into the empty repeating group.
  await designer.press(designer.paletteItem('date'), 'Space');
  await expect(live(page)).toContainText("Jauns lauks 'Datums'");
  await arrowUntil(page, 'ArrowUp', "atkārtojamā grupā 'Bērni', 1. vieta no 1");
  await page.keyboard.press('Space');
  await expect(designer.inside('Bērni')).toContainText('Datums');

  // The name field, by keyboard, into the group before the date.
  await designer.press(designer.handle('Bērna vārds'), 'Space');
  await arrowUntil(page, 'ArrowUp', "atkārtojamā grupā 'Bērni', 1. vieta no 2");
  await page.keyboard.press('Space');
  await expect(live(page)).toContainText("nolikts atkārtojamā grupā 'Bērni', 1. vieta no 2");
  await expect(designer.inside('Bērni').locator('[data-field-id]').first()).toContainText('Bērna vārds');

  // Escape cancels: nothing moves.
  await designer.press(designer.handle('Bērni'), 'Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(live(page)).toContainText('Pārvietošana atcelta');
  await designer.expectSaved();
});
