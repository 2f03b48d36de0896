import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

/**
 * Issue 6: a message the agency's system refused is listed for the agency administrator with
 * why, and "Send again" delivers it with its original message id once the system works again.
 */
const agency = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };
const CODE = 'undelivered-e2e';

test('an agency administrator sees an undelivered request and sends it again', async ({
  formPage,
  page,
  request,
}) => {
  // The agency's receiver first answers 410 Gone (the endpoint is switched off at once), later 200.
  let answer = 410;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    // An open service of the demo agency (anyone may apply), published through the API.
    const settings = DECLARATION_OF_RESIDENCE.settings;
    const definition = {
      ...DECLARATION_OF_RESIDENCE,
      code: CODE,
      settings: {
        ...settings,
        access: { who: 'anyone', assurance: 'low' },
        prefill: settings.prefill.filter((p) => p.source.kind !== 'claim'),
      },
    };
    expect((await request.post('/api/services', { headers: agency, data: { definition } })).status()).toBe(
      201,
    );
    expect((await request.post(`/api/services/${CODE}/publish`, { headers: agency })).status()).toBe(201);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    const registered = await request.post('/api/webhook-endpoints', {
      headers: agency,
      data: { url, description: 'e2e receiver', services: [CODE] },
    });
    expect(registered.status(), await registered.text()).toBe(201);
    const { endpoint } = (await registered.json()) as { endpoint: { id: string } };

    const submitted = await request.post(`/api/services/${CODE}/submissions`, {
      data: { data: generateValidData(DECLARATION_OF_RESIDENCE.form.schema, { seed: 11 }) },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    const { reference } = (await submitted.json()) as { reference: string };
    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const firstId = received[0]!.headers['webhook-id'];

    // The administrator's screen lists it with the reason, in plain words.
    await signIn(page, 'dace', '/builder/deliveries');
    await expect(page.getByRole('heading', { level: 1, name: 'Nepiegādātie pieteikumi' })).toBeVisible();
    const row = page.getByTestId('deliveries.row').filter({ hasText: reference });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Jauns pieteikums');
    await expect(row).toContainText('Uz iestādes sistēmu');
    await formPage.expectNoAccessibilityViolations();

    // The switched-off address is shown with why; the system works again, the admin switches it on.
    const off = page.getByTestId('deliveries.off-endpoint').filter({ hasText: url });
    await expect(off).toContainText('adrese vairs nav spēkā (410)');
    answer = 200;
    await off.getByRole('button', { name: `Ieslēgt: e2e receiver` }).click();
    await expect(page.getByTestId('deliveries.done')).toHaveText('Adrese ieslēgta.');
    await expect(page.getByTestId('deliveries.off-endpoint').filter({ hasText: url })).toHaveCount(0);
    expect(
      (
        (await (await request.get(`/api/webhook-endpoints/${endpoint.id}`, { headers: agency })).json()) as {
          state: string;
        }
      ).state,
    ).toBe('active');
    await row.getByRole('button', { name: `Sūtīt vēlreiz: ${reference}` }).click();
    await expect(page.getByTestId('deliveries.done')).toHaveText('Nosūtīšana atkārtota 1 ziņai.');
    await expect(page.getByTestId('deliveries.row').filter({ hasText: reference })).toHaveCount(0);
    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(1);
    expect(received.at(-1)!.headers['webhook-id']).toBe(firstId);
    expect(received.at(-1)!.body).toContain(reference);
  } finally {
    server.close();
  }
});

test('a request sent by e-address is in the agency mailbox of the simulator, and the agency answers it', async ({
  formPage,
  page,
  request,
}) => {
  const code = 'e-address-e2e';
  const settings = DECLARATION_OF_RESIDENCE.settings;
  const definition = {
    ...DECLARATION_OF_RESIDENCE,
    code,
    settings: {
      ...settings,
      access: { who: 'anyone', assurance: 'low' },
      prefill: settings.prefill.filter((p) => p.source.kind !== 'claim'),
      delivery: [{ channel: 'e-address', ref: 'demo-agency' }],
    },
  };
  expect((await request.post('/api/services', { headers: agency, data: { definition } })).status()).toBe(201);
  expect((await request.post(`/api/services/${code}/publish`, { headers: agency })).status()).toBe(201);
  const submitted = await request.post(`/api/services/${code}/submissions`, {
    data: { data: generateValidData(DECLARATION_OF_RESIDENCE.form.schema, { seed: 12 }) },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { reference } = (await submitted.json()) as { reference: string };

  await signIn(page, 'dace', '/builder/deliveries');
  await page.getByTestId('deliveries.mailbox-link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'E-adreses pastkastīte (simulators)' }),
  ).toBeVisible();
  await expect(page.getByText(/Jūsu iestādes adrese: _DEFAULT@90000069281/)).toBeVisible();
  // Delivered by the worker moments after the submission: reload until it is there.
  const message = page.getByTestId('mailbox.message').filter({ hasText: reference });
  await expect
    .poll(async () => {
      await page.reload();
      await page.getByTestId('mailbox.page').waitFor();
      return message.count();
    })
    .toBe(1);
  await expect(message).toContainText('Saņemts no platformas');
  await formPage.expectNoAccessibilityViolations();

  await message.getByText('Atbildēt').click();
  await message.getByLabel('Atbildes nosaukums').fill('Lēmums');
  await message.getByLabel('Atbildes teksts').fill('Deklarācija reģistrēta.');
  await message.getByRole('button', { name: 'Nosūtīt atbildi' }).click();
  await expect(page.getByTestId('mailbox.message').filter({ hasText: 'Jūsu atbilde' })).not.toHaveCount(0);
});
