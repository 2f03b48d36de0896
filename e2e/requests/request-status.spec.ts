/**
 * Issue 6, Done-when: a citizen signs in and submits; the agency posts "in progress" and then
 * "completed" with a result document by API; the citizen sees both in the workplace, downloads
 * the document, and received both e-mails (captured by the embedded mail simulator). The agency
 * then asks for more information and the citizen answers in the workplace.
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { expect, test } from '../fixtures/test.ts';

const agency = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

async function postStatus(request: APIRequestContext, reference: string, data: unknown, key: string) {
  const res = await request.post(`/api/requests/${reference}/status`, {
    headers: { ...agency, 'idempotency-key': key },
    data,
  });
  expect(res.status(), await res.text()).toBe(201);
}

test('a citizen follows a request from submission to a result document, told by e-mail at each step', async ({
  formPage,
  page,
  request,
}) => {
  await formPage.open('declaration-of-residence');
  await formPage.fill({
    'Personas kods': '161175-19997',
    Vārds: 'Jānis',
    Uzvārds: 'Bērziņš',
    'Dzimšanas datums': '1975-11-16',
    Tālrunis: '+371 2612 3456',
    'E-pasts': 'janis.berzins@example.lv',
  });
  await formPage.continue();
  await formPage.fill({
    'Iela, mājas numurs, dzīvoklis': 'Brīvības iela 1-5',
    'Pilsēta vai pagasts': 'Rīga',
    'Pasta indekss': 'LV-1010',
    'Dzīvoju šajā adresē kopš': '2026-10-01',
  });
  await formPage.choose('Esmu īpašnieks');
  await formPage.continue();
  await formPage.submit();
  const reference = await formPage.reference();

  // The workplace lists it as submitted; the citizen asks to be told by e-mail.
  await page.goto('/my');
  await expect(page.getByRole('heading', { name: 'Mani pieteikumi' })).toBeVisible();
  const card = page.getByTestId('workplace.request').filter({ hasText: reference });
  await expect(card.getByTestId('workplace.status')).toHaveText('Iesniegts');
  await page.getByTestId('workplace.by-email').check();
  await page.getByTestId('workplace.email').fill('janis@example.lv');
  await page.getByTestId('workplace.save-preferences').click();
  await expect(page.getByText('Saglabāts.')).toBeVisible();
  await expectAccessible(page);

  // The agency's system reports progress and the decision with a result document.
  await postStatus(
    request,
    reference,
    { code: 'in_progress', message: { lv: 'Pārbaudām adresi.', en: 'Checking the address.' } },
    `${reference}-1`,
  );
  const decision = Buffer.from('%PDF-1.4 Lēmums par dzīvesvietas deklarāciju').toString('base64');
  await postStatus(
    request,
    reference,
    {
      code: 'completed',
      document: {
        title: 'Lēmums',
        fileName: 'lemums.pdf',
        mediaType: 'application/pdf',
        contentBase64: decision,
      },
    },
    `${reference}-2`,
  );

  await card.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/my/requests/${reference}$`));
  await expect(page.getByTestId('workplace.status')).toHaveText('Pabeigts');
  const timeline = page.getByTestId('workplace.timeline');
  await expect(timeline).toContainText('Tiek izskatīts');
  await expect(timeline).toContainText('Pārbaudām adresi.');
  await expect(timeline).toContainText('Pabeigts');
  const download = page.getByTestId('workplace.documents').getByRole('link');
  await expect(download).toContainText('Lēmums');
  const file = await page.request.get((await download.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(Buffer.from(await file.body()).toString('base64')).toBe(decision);
  await expectAccessible(page);
  await page.getByTestId('runtime.language-toggle').click();
  await expect(page.getByTestId('workplace.status')).toHaveText('Completed');
  await expect(timeline).toContainText('Checking the address.');
  await page.getByTestId('runtime.language-toggle').click();

  // Both e-mails went out after the changes were stored (captured, not really sent).
  await expect
    .poll(async () => {
      const res = await request.get('/api/dev/captured-messages?channel=email&to=janis@example.lv');
      // Other journeys run beside this one as the same person: only this request's mail counts.
      return ((await res.json()).messages as Array<{ subject: string }>)
        .map((m) => m.subject)
        .filter((subject) => subject.startsWith(reference))
        .sort();
    })
    .toEqual([`${reference}: Pabeigts`, `${reference}: Tiek izskatīts`]);
  await page.goto('/dev/mail');
  await expect(page.getByTestId('dev-mail.list')).toContainText(`${reference}: Pabeigts`);
});

test('the agency asks for more information and the citizen answers in the workplace, at 320 px', async ({
  formPage,
  page,
  request,
}) => {
  await formPage.open('declaration-of-residence');
  await formPage.fill({
    Tālrunis: '+371 2612 3456',
    'Dzimšanas datums': '1975-11-16',
    'E-pasts': 'j@example.lv',
  });
  await formPage.continue();
  await formPage.fill({
    'Iela, mājas numurs, dzīvoklis': 'Brīvības iela 1-5',
    'Pilsēta vai pagasts': 'Rīga',
    'Pasta indekss': 'LV-1010',
    'Dzīvoju šajā adresē kopš': '2026-10-01',
  });
  await formPage.choose('Esmu īpašnieks');
  await formPage.continue();
  await formPage.submit();
  const reference = await formPage.reference();

  const ask = await request.post(`/api/requests/${reference}/messages`, {
    headers: agency,
    data: { body: 'Lūdzu, pievienojiet īpašuma apliecības kopiju.', asksForInformation: true },
  });
  expect(ask.status()).toBe(201);

  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/my/requests/${reference}`);
  await expect(page.getByTestId('workplace.status')).toHaveText('Gaida jūsu atbildi');
  await expect(page.getByTestId('workplace.messages')).toContainText('īpašuma apliecības kopiju');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);

  await page.getByTestId('workplace.answer').fill('Pievienoju apliecību.');
  await page.getByLabel('Pievienot failu (nav obligāti, līdz 2 MB)').setInputFiles({
    name: 'apliecība.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Zemesgrāmatas apliecība Nr. 1'),
  });
  await page.getByTestId('workplace.send').click();
  await expect(page.getByText('Atbilde nosūtīta iestādei.')).toBeVisible();
  await expect(page.getByTestId('workplace.status')).toHaveText('Tiek izskatīts');

  const unread = await (await request.get('/api/request-messages/unread', { headers: agency })).json();
  const answer = unread.messages.find((m: { reference: string }) => m.reference === reference);
  expect(answer).toMatchObject({ body: 'Pievienoju apliecību.' });
  const attachment = await request.get(answer.attachments[0].url, { headers: agency });
  expect(await attachment.text()).toBe('Zemesgrāmatas apliecība Nr. 1');

  // Changed their mind: the citizen withdraws the request, after confirming.
  await page.getByTestId('workplace.withdraw').click();
  await page.getByTestId('workplace.withdraw-confirm').click();
  await expect(page.getByTestId('workplace.status')).toHaveText('Atsaukts');
  await expect(page.getByTestId('workplace.answer-form')).toHaveCount(0);
  await expectAccessible(page);
});
