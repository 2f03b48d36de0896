import { buildDefinition } from '../schema/build-definition.ts';
import { DEMO_AGENCY_KEY } from './fixtures/demo-credentials.ts';
import { expect, test } from './fixtures/test.ts';

/**
 * A form of plain questions only (no conditions), which the runtime draws as markup with one
 * listener per group instead of React elements per question (runtime/form/lean/). The journey
 * holds that drawing to what a citizen expects of any form: messages appear and go with what is
 * typed without taking the focus or the text away, a Latvian decimal comma and date are read
 * right, a language switch keeps every answer, and the agency receives exactly the answers.
 */
test.use({ locale: 'lv-LV' });

const OPTIONS = (pairs: [string, string][]) => pairs.map(([value, title]) => ({ const: value, title }));

function definition(code: string) {
  const base = buildDefinition({
    code,
    agency: 'demo-agency',
    title: { lv: 'Vienkāršie jautājumi', en: 'Plain questions' },
  });
  // The form replaces the builder's whole (its sample question would merge in otherwise).
  return {
    ...base,
    form: {
      ...base.form,
      schema: {
        $schema: base.form.schema.$schema,
        type: 'object',
        required: ['name', 'email', 'birth', 'amount', 'city', 'contact', 'dog'],
        properties: {
          name: { type: 'string', title: 'Vārds', minLength: 2, maxLength: 40 },
          email: { type: 'string', title: 'E-pasta adrese', format: 'email' },
          birth: { type: 'string', title: 'Dzimšanas datums', format: 'date' },
          amount: { type: 'number', title: 'Summa', minimum: 0, multipleOf: 0.01 },
          count: { type: 'integer', title: 'Skaits', minimum: 1, maximum: 9 },
          city: {
            type: 'string',
            title: 'Pilsēta',
            oneOf: OPTIONS([
              ['riga', 'Rīga'],
              ['liepaja', 'Liepāja'],
            ]),
          },
          contact: {
            type: 'string',
            title: 'Kā sazināties',
            oneOf: OPTIONS([
              ['post', 'Pa pastu'],
              ['phone', 'Pa tālruni'],
            ]),
          },
          dog: { type: 'boolean', title: 'Vai jums ir suns?' },
          agree: { type: 'boolean', title: 'Piekrītu noteikumiem' },
          note: { type: 'string', title: 'Piezīmes', maxLength: 500 },
        },
      },
      uiSchema: {
        email: { 'ui:autocomplete': 'email' },
        contact: { 'ui:widget': 'radio' },
        dog: { 'ui:widget': 'radio' },
        note: { 'ui:widget': 'textarea', 'ui:help': 'Ja vēlaties ko piebilst.' },
      },
      steps: [],
      translations: {
        en: {
          '/properties/name': { title: 'Name' },
          '/properties/email': { title: 'E-mail address' },
          '/properties/birth': { title: 'Date of birth' },
          '/properties/amount': { title: 'Amount' },
          '/properties/count': { title: 'Count' },
          '/properties/city': { title: 'City' },
          '/properties/city/oneOf/0': { title: 'Riga' },
          '/properties/city/oneOf/1': { title: 'Liepaja' },
          '/properties/contact': { title: 'How to reach you' },
          '/properties/contact/oneOf/0': { title: 'By post' },
          '/properties/contact/oneOf/1': { title: 'By phone' },
          '/properties/dog': { title: 'Do you have a dog?' },
          '/properties/agree': { title: 'I agree to the terms' },
          '/properties/note': { title: 'Notes', help: 'If you want to add something.' },
        },
      },
    },
  };
}

test('plain questions: messages follow the typing in place, Latvian numbers and dates, a language switch keeps every answer', async ({
  formPage,
  page,
  request,
}, testInfo) => {
  const code = `plain-questions${testInfo.retry ? `-r${testInfo.retry}` : ''}`;
  const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };
  const created = await request.post('/api/services', {
    headers: auth,
    data: { definition: definition(code) },
  });
  expect(created.status(), await created.text()).toBe(201);
  expect((await request.post(`/api/services/${code}/publish`, { headers: auth })).status()).toBe(201);

  await formPage.open(code);
  await formPage.expectNoAccessibilityViolations();
  await formPage.continue();
  const summary = formPage.errorSummary();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(7);
  const nameMessage = page.locator('#root_name__error');
  await expect(nameMessage).toHaveText('Aizpildiet šo lauku.');
  await expect(page.locator('.field--error')).toHaveCount(7);
  // Each message sits where the question's hints end and its control begins, and is announced with it.
  await expect(page.locator('#root_birth__error + #root_birth__format + input#root_birth')).toHaveCount(1);
  await expect(page.locator('fieldset #root_contact__error + #root_contact[role="radiogroup"]')).toHaveCount(
    1,
  );
  await expect(page.locator('fieldset #root_dog__error + #root_dog[role="radiogroup"]')).toHaveCount(1);
  await expect(page.locator('#root_amount__error + input#root_amount')).toHaveCount(1);
  await expect(page.locator('#root_city__error + select#root_city')).toHaveCount(1);
  await expect(formPage.field('Summa')).toHaveAttribute('aria-describedby', /root_amount__error/);
  await formPage.expectNoAccessibilityViolations();

  // The message changes and goes as the citizen types; the field keeps the focus and the text.
  await summary.getByRole('link', { name: /^Vārds:/ }).click();
  const name = formPage.field('Vārds');
  await expect(name).toBeFocused();
  await name.pressSequentially('A');
  await expect(nameMessage).toContainText('2');
  await expect(name).toBeFocused();
  await name.pressSequentially('nna');
  await expect(nameMessage).toHaveCount(0);
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Anna');
  await expect(page.locator('.field--error')).toHaveCount(6);

  await formPage.fill({ 'E-pasta adrese': 'anna@example.lv', Skaits: '3' });
  await formPage.field('Dzimšanas datums').pressSequentially('16.11.1975');
  await expect(page.locator('#root_birth__error')).toHaveCount(0);
  // A decimal comma, as Latvians write it (the answer, 12.5, is checked on the agency's side).
  await formPage.field('Summa').pressSequentially('12,5');
  await formPage.field('Pilsēta').selectOption({ label: 'Liepāja' });
  await formPage.choose('Pa tālruni');
  await formPage.choose('Jā');
  await formPage.field('Piekrītu noteikumiem').check();
  await formPage.field('Piezīmes').fill('Pirmā rinda\n<b>otrā</b> & "trešā"');
  await expect(summary).toHaveCount(0);
  await expect(page.locator('.field--error')).toHaveCount(0);

  // The English form is drawn again from the answers: the number with the Latvian comma, the date as typed.
  await page.getByTestId('runtime.language-toggle').click();
  await expect(formPage.field('Name')).toHaveValue('Anna');
  await expect(formPage.field('Date of birth')).toHaveValue('16.11.1975');
  await expect(formPage.field('Amount')).toHaveValue('12,5');
  await expect(formPage.field('City')).toHaveValue('1');
  await expect(page.getByRole('radio', { name: 'By phone', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(formPage.field('I agree to the terms')).toBeChecked();
  await expect(formPage.field('Notes')).toHaveValue('Pirmā rinda\n<b>otrā</b> & "trešā"');
  await formPage.expectNoAccessibilityViolations();

  await formPage.submit();
  const reference = await formPage.reference();
  const read = await request.get(`/api/submissions/${reference}`, { headers: auth });
  expect((await read.json()).data).toEqual({
    name: 'Anna',
    email: 'anna@example.lv',
    birth: '1975-11-16',
    amount: 12.5,
    count: 3,
    city: 'liepaja',
    contact: 'phone',
    dog: true,
    agree: true,
    note: 'Pirmā rinda\n<b>otrā</b> & "trešā"',
  });
});
