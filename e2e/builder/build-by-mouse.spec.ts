import { expect, test } from './fixtures/builder-test.ts';
import { submitAsCitizen } from './fixtures/submit-residence.ts';

/**
 * Issue 3, done when: a tester builds a three-step "Declaration of residence" form by mouse drag
 * and drop only, with a repeating group and a condition, publishes it, opens its deep link in
 * the runtime and submits it. (Labels are typed; every placement is a drag.)
 */
// A tall screen keeps palette and canvas in view together, so dragging never needs to scroll.
test.use({ viewport: { width: 1400, height: 2000 } });

test('a designer builds a three-step form by dragging, publishes it, and a citizen submits it', async ({
  browser,
  services,
  designer,
}) => {
  test.setTimeout(120_000);
  const code = `residence-mouse-${Date.now().toString(36)}`;
  await services.open();
  await services.create('Dzīvesvietas deklarācija', 'Declaration of residence', code);

  await designer.dragNewField('personal-code', designer.list(), 'Personas kods', 'Personal code');
  await designer.setRequired();
  await designer.dragNewField('short-text', designer.list(), 'Vārds, uzvārds', 'Full name');
  await designer.setRequired();
  await designer.dragNewField('address', designer.list(), 'Jaunā adrese', 'New address');
  await designer.dragNewField(
    'yes-no',
    designer.list(),
    'Vai kopā ar jums dzīvo ģimene?',
    'Does family live with you?',
  );
  await designer.setRequired();
  await designer.dragNewField('repeating-group', designer.list(), 'Ģimenes locekļi', 'Family members');
  await designer.dragNewField('short-text', designer.inside('Ģimenes locekļi'), 'Vārds', 'Name');
  await designer.setRequired();

  // Moving by mouse: the full name goes above the personal code, then back.
  await designer.drag(designer.handle('Vārds, uzvārds'), designer.field('Personas kods'), 'top');
  await expect(designer.canvas.locator('[data-field-id]').first()).toContainText('Vārds, uzvārds');
  await designer.drag(designer.handle('Vārds, uzvārds'), designer.field('Personas kods'), 'bottom');
  await expect(designer.canvas.locator('[data-field-id]').first()).toContainText('Personas kods');

  // Show the family list only when there is family.
  await designer.select('Ģimenes locekļi');
  await designer.showOnlyIf('Vai kopā ar jums dzīvo ģimene?', 'ir', 'Jā');

  // Two page breaks make three steps.
  await designer.drag(designer.paletteItem('page-break'), designer.field('Jaunā adrese'), 'top');
  await expect(designer.canvas.locator('section.canvas-step')).toHaveCount(2);
  await designer.drag(
    designer.paletteItem('page-break'),
    designer.field('Vai kopā ar jums dzīvo ģimene?'),
    'top',
  );
  await expect(designer.canvas.locator('section.canvas-step')).toHaveCount(3);
  await designer.renameStep(0, 'Par jums', 'About you');
  await designer.renameStep(1, 'Adrese', 'Address');
  await designer.renameStep(2, 'Ģimene', 'Family');

  await designer.expectSaved();
  expect(await designer.publish()).toBe(1);

  await submitAsCitizen(browser, code);
});
