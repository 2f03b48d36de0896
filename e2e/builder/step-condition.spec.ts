import { expect, test } from './fixtures/builder-test.ts';

test('a whole step is shown only when a condition holds, and the saved draft carries it compiled', async ({
  page,
  services,
  designer,
}) => {
  const code = `step-cond-${Date.now().toString(36)}`;
  await services.open();
  await services.create('Solis ar nosacījumu', 'Conditional step', code);
  await designer.addByKeyboard('yes-no', 'Vai jums ir uzņēmums?', 'Do you have a company?');
  await designer.addByKeyboard('company-code', 'Reģistrācijas numurs', 'Registration number');
  const keyOf = async (label: string) =>
    ((await designer.field(label).getAttribute('data-testid')) ?? '').split('.').at(-1) ?? '';
  const question = await keyOf('Vai jums ir uzņēmums?');
  const number = await keyOf('Reģistrācijas numurs');
  await designer.press(page.getByTestId(`builder.canvas.page-break.${number}`));
  const stepId =
    (await page.locator('section.canvas-step').nth(1).getAttribute('data-testid'))?.split('.').at(-1) ?? '';

  await page.getByTestId(`builder.canvas.step-condition.${stepId}`).click();
  await page.getByTestId(`conditions.step-${stepId}.add`).click();
  await expect(page.getByTestId(`conditions.step-${stepId}.field.0`)).toHaveValue(question);
  await page.getByTestId(`conditions.step-${stepId}.value.0`).selectOption({ label: 'Jā' });
  await designer.expectSaved();

  const draft = await (await page.request.get(`/api/services/${code}/draft`)).json();
  expect(draft.definition.form.conditions).toEqual([
    expect.objectContaining({
      target: { kind: 'step', id: stepId },
      rules: [{ field: question, op: 'is', value: true }],
    }),
  ]);
  expect(JSON.stringify(draft.definition.form.schema.allOf)).toContain(number);
});
