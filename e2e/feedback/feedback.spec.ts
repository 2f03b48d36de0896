/**
 * Issue 7, complaints and suggestions: a signed-in citizen complains about a demo service from its
 * service page; the agency's case worker finds it on /builder/feedback, answers and closes it;
 * the citizen sees the answer and the status in the workplace. Every new screen passes axe
 * (WCAG 2.1 AA). Another agency's case worker does not find it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** WCAG 1.4.10: the citizen's screens reflow at 320 px without sideways scrolling. */
async function expectReflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

const SUBJECT = 'Veidlapa pazaudēja atbildes';

test('a complaint from the service page is answered and closed by the case worker, and the citizen reads the answer', async ({
  browser,
  page,
}) => {
  // Two sign-ins and six axe runs on a shared 2-core machine.
  test.setTimeout(180_000);
  // The citizen is on a phone-sized screen throughout (320 px wide).
  const citizenContext = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const citizen = await citizenContext.newPage();
  await signIn(citizen, 'janis', '/services/declaration-of-residence');
  await citizen.getByTestId('service-page.feedback').click();
  await expect(citizen.getByRole('heading', { name: 'Atsauksme, sūdzība vai jautājums' })).toBeVisible();
  await expect(citizen.getByTestId('feedback.about')).toContainText('Dzīvesvietas deklarēšana');

  // Sending an empty form lists what is missing, and the summary takes focus.
  await citizen.getByTestId('feedback.send').click();
  await expect(citizen.getByTestId('runtime.error-summary')).toBeFocused();
  await expect(citizen.getByTestId('runtime.error-summary')).toContainText('Izvēlieties, ko vēlaties darīt.');
  await expectAccessible(citizen);
  await expectReflow(citizen);

  await citizen.getByLabel('Iesniegt sūdzību').check();
  await citizen.getByLabel('Temats').fill(SUBJECT);
  await citizen.getByLabel('Jūsu ziņa').fill('Otrajā solī pazuda visas ievadītās atbildes.');
  await citizen.getByTestId('feedback.send').click();
  await expect(citizen.getByRole('heading', { name: 'Paldies, jūsu ziņa ir saņemta' })).toBeFocused();
  const reference = (await citizen.getByTestId('feedback.reference').textContent()) ?? '';
  expect(reference).toMatch(/^FB-/);
  await expectAccessible(citizen);

  await signIn(page, 'dace', '/builder');
  await page.getByTestId('builder.feedback-link').click();
  await expect(page.getByRole('heading', { name: 'Atsauksmes un sūdzības' })).toBeVisible();
  await page.getByLabel('Veids').selectOption({ label: 'Sūdzība' });
  await page.getByRole('button', { name: 'Atlasīt' }).click();
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText(SUBJECT);
  await expectAccessible(page);

  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByTestId('feedback.status')).toHaveText('Iesniegts');
  await expect(page.getByTestId('feedback.body')).toHaveText('Otrajā solī pazuda visas ievadītās atbildes.');
  await page.getByTestId('feedback.new-status').selectOption({ label: 'Atbildēts un slēgts' });
  await page.getByTestId('feedback.save').click();
  await expect(page.getByTestId('feedback.note')).toHaveText(
    'Ierakstiet atbildi vai jautājumu iesniedzējam.',
  );
  await page.getByTestId('feedback.answer').fill('Paldies! Kļūda novērsta, atbildes tagad saglabājas.');
  await page.getByTestId('feedback.save').click();
  await expect(page.getByTestId('feedback.note')).toHaveText('Saglabāts. Iesniedzējs redz jauno statusu.');
  await expect(page.getByTestId('feedback.status')).toHaveText('Atbildēts un slēgts');
  await expectAccessible(page);

  await citizen.goto('/my');
  const item = citizen.getByTestId('workplace.feedback-item').filter({ hasText: reference });
  await expect(item.getByTestId('workplace.status')).toHaveText('Pabeigts');
  await expectAccessible(citizen);
  await expectReflow(citizen);
  await item.getByRole('link', { name: new RegExp(SUBJECT) }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(`Sūdzība: ${SUBJECT}`);
  await expect(citizen.getByTestId('workplace.status')).toHaveText('Pabeigts');
  await expect(citizen.getByTestId('feedback.message-agency')).toContainText('Kļūda novērsta');
  await expectAccessible(citizen);
  await expectReflow(citizen);
  await citizenContext.close();
});

test("another agency's case worker does not find the complaint", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await signIn(citizen, 'janis', '/feedback?service=declaration-of-residence');
  await citizen.getByLabel('Uzdot jautājumu').check();
  await citizen.getByLabel('Temats').fill('Cik ilgi?');
  await citizen.getByLabel('Jūsu ziņa').fill('Cik ilgi jāgaida?');
  await citizen.getByTestId('feedback.send').click();
  const reference = (await citizen.getByTestId('feedback.reference').textContent()) ?? '';
  await citizenContext.close();

  await signIn(page, 'laura', `/builder/feedback/${reference}`);
  await expect(page.getByRole('alert')).toHaveText('Šāda ziņa jūsu iestādei nav atrasta.');
});
