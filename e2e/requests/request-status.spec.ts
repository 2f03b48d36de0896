/**
 * Issue 6, Done-when: a citizen signs in and submits; the agency's test receiver gets a webhook
 * that verifies with its secret (Standard Webhooks); the agency posts "in progress" and then
 * "completed" with a result document by API; the citizen sees both in the workplace, downloads
 * the document, and received both e-mails (captured by the embedded mail simulator). The agency
 * then asks for more information and the citizen answers in the workplace.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
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

/** An agency's webhook receiver on this machine: keeps every delivery it is sent, answers 200. */
async function startReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/eforms`, received, close: () => server.close() };
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
  // The agency registers its webhook receiver for this service through the API.
  const receiver = await startReceiver();
  const registered = await request.post('/api/webhook-endpoints', {
    headers: agency,
    data: { url: receiver.url, description: 'e2e receiver', services: ['declaration-of-residence'] },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const { endpoint, secret } = (await registered.json()) as { endpoint: { id: string }; secret: string };
  try {
    await submitAndFollow(formPage, page, request, receiver, secret);
  } finally {
    await request.delete(`/api/webhook-endpoints/${endpoint.id}`, { headers: agency });
    receiver.close();
  }
});

async function submitAndFollow(
  formPage: import('../fixtures/form-page.ts').FormPage,
  page: Page,
  request: APIRequestContext,
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  secret: string,
) {
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

  // The agency's receiver gets the submission, signed per Standard Webhooks with its secret.
  // Other journeys submit the same service meanwhile: this request's delivery is the one to check.
  const ours = () => receiver.received.find((hit) => hit.body.includes(reference));
  await expect.poll(() => ours() !== undefined, { timeout: 15_000 }).toBe(true);
  const delivery = ours()!;
  const payload = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as {
    type: string;
    data: { reference: string; serviceCode: string };
  };
  expect(payload.type).toBe('submission.created');
  expect(payload.data).toMatchObject({ reference, serviceCode: 'declaration-of-residence' });
  expect(() =>
    new Webhook(`whsec_${Buffer.from('not the secret').toString('base64')}`).verify(
      delivery.body,
      delivery.headers as Record<string, string>,
    ),
  ).toThrow();

  // Delivered: the registry moves the request to "received" once the receiver answered 200.
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/my/requests/${reference}`)).json()) as { status: string })
          .status,
    )
    .toBe('received');

  // The workplace lists it; the citizen asks to be told by e-mail.
  await page.goto('/my');
  await expect(page.getByRole('heading', { name: 'Mani pieteikumi' })).toBeVisible();
  const card = page.getByTestId('workplace.request').filter({ hasText: reference });
  // Delivered to the agency's receiver: the central registry says so (unified status "received").
  await expect(card.getByTestId('workplace.status')).toHaveText('Saņemts iestādē');
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
      const res = await page.request.get('/api/dev/captured-messages?channel=email&to=janis@example.lv');
      // Other journeys run beside this one as the same person: only this request's mail counts.
      return ((await res.json()).messages as Array<{ subject: string }>)
        .map((m) => m.subject)
        .filter((subject) => subject.startsWith(reference))
        .sort();
    })
    .toEqual([`${reference}: Pabeigts`, `${reference}: Tiek izskatīts`]);
  await page.goto('/dev/mail');
  await expect(page.getByTestId('dev-mail.list')).toContainText(`${reference}: Pabeigts`);
}

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
