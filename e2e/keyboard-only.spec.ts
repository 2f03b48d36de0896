import { DEMO_AGENCY_KEY } from './fixtures/demo-credentials.ts';
import { expectVisibleFocus, focused, tabTo } from './fixtures/keyboard.ts';
import { signIn } from './fixtures/sign-in.ts';
import { expect, test } from './fixtures/test.ts';

test('the whole residence form by keyboard only: Tab, typing, Space, arrows and Enter', async ({
  page,
  request,
}) => {
  // The service is for signed-in people: personal code and names then come from the sign-in.
  // Anna, whom no other test signs in for this service, has no server draft to resume.
  await signIn(page, 'anna', '/services/declaration-of-residence/apply');
  await expect(page.getByTestId('runtime.form')).toBeVisible();
  const type = async (id: string, text: string) => {
    await tabTo(page, id);
    await expectVisibleFocus(page);
    await page.keyboard.type(text);
  };

  // Continue with nothing typed: the error summary takes focus, its first link leads to the field.
  await tabTo(page, 'runtime.next');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('runtime.error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('root_birthDate');

  await page.keyboard.type('16.11.1975');
  await type('root_phone', '+371 2612 3456');
  await type('root_email', 'janis.berzins@example.lv');
  await tabTo(page, 'runtime.next');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('runtime.step-heading')).toBeFocused();
  await type('root_address_street', 'Brīvības iela 1-5');
  await type('root_address_city', 'Rīga');
  await type('root_address_postalCode', 'LV-1010');
  await type('root_moveInDate', '1.10.2025');
  // A radio group is one Tab stop: Space picks the first choice, an arrow moves to the next one.
  await tabTo(page, 'root_housingBasis-0');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('root_housingBasis-1');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('root_ownerConsent-0');
  await page.keyboard.press('Space');
  await tabTo(page, 'runtime.next');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Pārbaudiet atbildes' })).toBeFocused();
  await expect(page.getByTestId('runtime.answer-birthDate')).toContainText('16.11.1975');
  await expect(page.getByTestId('runtime.answer-moveInDate')).toContainText('01.10.2025');
  await expect(page.getByTestId('runtime.answer-housingBasis')).toContainText('Īres līgums');
  await expect(page.getByTestId('runtime.answer-ownerConsent')).toContainText('Jā');
  await tabTo(page, 'runtime.submit', { limit: 60 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  const reference = page.getByTestId('runtime.reference');
  await expect(reference).toBeVisible();
  const read = await request.get(`/api/submissions/${(await reference.textContent())?.trim()}`, {
    headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}` },
  });
  expect((await read.json()).data).toMatchObject({
    birthDate: '1975-11-16',
    moveInDate: '2025-10-01',
    housingBasis: 'rental',
    ownerConsent: true,
    address: { street: 'Brīvības iela 1-5', city: 'Rīga', postalCode: 'LV-1010' },
  });
});
