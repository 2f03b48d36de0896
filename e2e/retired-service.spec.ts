import { generateValidData } from '../schema/testing/generate-valid-data.ts';
import { DEMO_AGENCY_KEY } from './fixtures/demo-credentials.ts';
import { expect, test } from './fixtures/test.ts';

test('a service retired while a citizen fills it says so on submit, and shows a closed page instead of the form', async ({
  formPage,
  page,
  request,
}) => {
  const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };
  const latest = await (await request.get('/api/services/company-certificate-request')).json();
  const definition = {
    ...latest.definition,
    code: 'retired-demo',
    title: { lv: 'Slēgts pakalpojums', en: 'Closed service' },
  };
  expect((await request.post('/api/services', { headers: auth, data: { definition } })).status()).toBe(201);
  expect((await request.post('/api/services/retired-demo/publish', { headers: auth })).status()).toBe(201);
  await formPage.open('retired-demo');
  await formPage.completeWith(generateValidData(latest.definition.form.schema, { seed: 4 }));

  expect((await request.post('/api/services/retired-demo/retire', { headers: auth })).status()).toBe(200);
  await page.getByTestId('runtime.submit').click();
  await expect(page.getByTestId('runtime.submit-error')).toHaveText(
    'Šis pakalpojums vairs nav pieejams, tāpēc iesniegumu nevar iesniegt.',
  );
  await expect(page.getByTestId('runtime.submit-error')).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('runtime.retired')).toBeVisible();
});
