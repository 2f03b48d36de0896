import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../app/logger.ts';
import { cleanUpAbandoned } from '../../attachments/cleanup-attachments.ts';
import { createAttachmentDownloadLink } from '../../attachments/download-link.ts';
import { buildAttachmentDefinition } from '../../attachments/testing/attachment-definition.ts';
import { buildTestPdf, TEST_EXE, TEST_PNG } from '../../attachments/testing/build-test-files.ts';
import { buildDeliveryConfig, LOOPBACK_OUTBOUND } from '../../delivery/delivery-config.ts';
import { createDeliveryWorker } from '../../delivery/delivery-worker.ts';
import { createEAddressSimulator } from '../../delivery/e-address/e-address-simulator.ts';
import { createSecretBox } from '../../delivery/secret-box.ts';
import { startTestReceiver } from '../../delivery/testing/test-receiver.ts';
import { createWebhookSecret } from '../../delivery/webhook-signature.ts';
import { DEMO_AGENCY_CODE } from '../../seed/demo-credentials.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';
import { VALID_PERMIT_DATA } from '../../testing/test-definitions.ts';

let t: TestApp;
let pdf: Uint8Array;
beforeEach(async () => {
  t = await buildTestApp();
  for (const code of ['parking-permit', 'other-permit']) {
    await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildAttachmentDefinition(code) },
    });
    await t.request(`/api/services/${code}/publish`, { method: 'POST', key: t.keys.agency });
  }
  pdf = await buildTestPdf();
});
afterEach(async () => {
  await t.close();
});

const FAR_FUTURE = '2100-01-01T00:00:00.000Z';
/** How many files no submission has bound (the clean-up far in the future deletes and counts them). */
const storedUnbound = () => t.repo.attachments.deleteExpiredUnbound(FAR_FUTURE);

function upload(name: string, bytes: Uint8Array, options: { code?: string; field?: string } = {}) {
  const code = options.code ?? 'parking-permit';
  return t.request(
    `/api/services/${code}/attachments?field=${encodeURIComponent(options.field ?? '/documents')}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
      body: bytes as Uint8Array<ArrayBuffer>,
    },
  );
}

async function uploadToken(name: string, bytes: Uint8Array, code?: string): Promise<string> {
  const res = await upload(name, bytes, { code });
  expect(res.status).toBe(201);
  return (await res.json()).token;
}

const submit = (
  data: Record<string, unknown>,
  code = 'parking-permit',
  headers: Record<string, string> = {},
) =>
  t.request(`/api/services/${code}/submissions`, {
    method: 'POST',
    json: { data: { ...VALID_PERMIT_DATA, ...data } },
    headers,
  });

describe('uploading a file', () => {
  it('stores a PDF with its SHA-512 and answers an unguessable token', async () => {
    const res = await upload('Izziņa par īpašumu.pdf', pdf);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.token).toMatch(/^att_[A-Za-z0-9_-]{43}$/);
    expect(body).toMatchObject({
      fileName: 'Izziņa par īpašumu.pdf',
      sizeBytes: pdf.byteLength,
      mediaType: 'application/pdf',
      sha512: createHash('sha512').update(pdf).digest('hex'),
    });
    const meta = await t.request(`/api/attachments/${body.token}`);
    expect(await meta.json()).toMatchObject({ fileName: 'Izziņa par īpašumu.pdf' });
  });

  it('refuses an .exe renamed .pdf (422 file_content_mismatch) and stores nothing', async () => {
    const res = await upload('rēķins.pdf', TEST_EXE);
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('file_content_mismatch');
    expect(await storedUnbound()).toBe(0);
  });

  it('refuses a PNG named .pdf, a type the field does not allow, an empty file and no name', async () => {
    expect((await (await upload('photo.pdf', TEST_PNG)).json()).error.code).toBe('file_content_mismatch');
    expect((await (await upload('setup.exe', TEST_EXE)).json()).error.code).toBe('file_type_not_allowed');
    expect((await (await upload('scan.jpg', TEST_PNG)).json()).error.code).toBe('file_type_not_allowed');
    expect((await (await upload('empty.pdf', new Uint8Array())).json()).error.code).toBe('file_empty');
    expect((await (await upload('', pdf)).json()).error.code).toBe('file_name_missing');
    expect(await storedUnbound()).toBe(0);
  });

  it('refuses a file over the field limit with 413 file_too_large, streamed or declared, storing nothing', async () => {
    const big = new Uint8Array(100 * 1024 + 1);
    big.set(pdf.subarray(0, 8));
    const declared = await upload('big.pdf', big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe('file_too_large');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 30; i += 1) controller.enqueue(new Uint8Array(8 * 1024));
        controller.close();
      },
    });
    const streamed = await t.request('/api/services/parking-permit/attachments?field=/documents', {
      method: 'POST',
      headers: { 'x-file-name': 'big.pdf' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await storedUnbound()).toBe(0);
  });

  it('takes a file larger than the JSON body limit when the field allows it', async () => {
    const definition = buildAttachmentDefinition('big-files');
    (definition.form.schema.properties!.documents as { attachment: object }).attachment = {
      maxFileBytes: 6 * 1024 * 1024,
      types: ['pdf'],
    };
    await t.request('/api/services', { method: 'POST', key: t.keys.agency, json: { definition } });
    await t.request('/api/services/big-files/publish', { method: 'POST', key: t.keys.agency });
    const big = new Uint8Array(5 * 1024 * 1024);
    big.set(pdf);
    const res = await upload('scan.pdf', big, { code: 'big-files' });
    expect(res.status).toBe(201);
    expect((await res.json()).sizeBytes).toBe(5 * 1024 * 1024);
  });

  it('answers 404 for a field that is not a file field, and for an unknown service', async () => {
    const field = await upload('a.pdf', pdf, { field: '/fullName' });
    expect(field.status).toBe(404);
    expect((await field.json()).error.code).toBe('attachment_field_not_found');
    expect((await upload('a.pdf', pdf, { code: 'nope' })).status).toBe(404);
  });

  it('can be removed until a submission takes it', async () => {
    const token = await uploadToken('a.pdf', pdf);
    expect((await t.request(`/api/attachments/${token}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.request(`/api/attachments/${token}`)).status).toBe(404);
  });
});

describe('submitting with files', () => {
  it('binds the named files to the submission; the agency lists and downloads them, another agency cannot', async () => {
    const first = await uploadToken('izziņa.pdf', pdf);
    const second = await uploadToken('foto.png', TEST_PNG);
    const res = await submit({ documents: [first, second] });
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt.receiptToken).toMatch(/^rcpt_/);

    const list = await t.request(`/api/submissions/${receipt.reference}/attachments`, { key: t.keys.agency });
    const files = (await list.json()).attachments;
    expect(files.map((f: { fileName: string }) => f.fileName).sort()).toEqual(['foto.png', 'izziņa.pdf']);
    const pdfFile = files.find((f: { fileName: string }) => f.fileName === 'izziņa.pdf');

    const download = await t.request(`/api/submissions/${receipt.reference}/attachments/${pdfFile.id}`, {
      key: t.keys.agency,
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('repr-digest')).toBe(
      `sha-512=:${createHash('sha512').update(pdf).digest('base64')}:`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    const other = await t.request(`/api/submissions/${receipt.reference}/attachments/${pdfFile.id}`, {
      key: t.keys.otherAgency,
    });
    expect(other.status).toBe(404);
    expect((await t.request(`/api/attachments/${first}`)).status).toBe(404);
  });

  it("lists the files in the agency's webhook, each fetched by its href with the agency key and matching its SHA-512", async () => {
    const receiver = await startTestReceiver();
    const config = buildDeliveryConfig({ outbound: LOOPBACK_OUTBOUND, pollIntervalMs: 200 });
    const agency = (await t.repo.agencies.getByCode(DEMO_AGENCY_CODE))!;
    const now = new Date().toISOString();
    await t.repo.delivery.createEndpoint({
      id: crypto.randomUUID(),
      agencyId: agency.id,
      url: receiver.url,
      description: 'agency system',
      serviceCodes: ['parking-permit'],
      secretCiphertext: createSecretBox(config.secretsKey).seal(createWebhookSecret()),
      previousSecretCiphertext: null,
      previousSecretExpiresAt: null,
      state: 'active',
      disabledReason: null,
      failingSince: null,
      createdAt: now,
      updatedAt: now,
    });
    const worker = createDeliveryWorker({
      repo: t.repo,
      config,
      logger: createLogger('silent'),
      clock: () => new Date(),
      eAddress: createEAddressSimulator(t.repo.delivery, () => new Date()),
    });
    worker.start();
    try {
      const token = await uploadToken('izziņa.pdf', pdf);
      const res = await submit({ documents: [token] });
      expect(res.status).toBe(201);
      await receiver.waitForUnique(1, 5_000);
      const payload = JSON.parse(receiver.received[0]!.body) as {
        data: { attachments: Array<{ field: string; fileName: string; sha512: string; href: string }> };
      };
      expect(payload.data.attachments).toHaveLength(1);
      const [file] = payload.data.attachments;
      expect(file).toMatchObject({
        field: '/documents',
        fileName: 'izziņa.pdf',
        mediaType: 'application/pdf',
      });
      expect(file!.sha512).toBe(createHash('sha512').update(pdf).digest('hex'));
      const download = await t.request(file!.href, { key: t.keys.agency });
      expect(download.status).toBe(200);
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
      expect((await t.request(file!.href, { key: t.keys.otherAgency })).status).toBe(404);
    } finally {
      await worker.stop();
      await receiver.close();
    }
  });

  it('takes files in the rows of a repeating group, each checked against that field', async () => {
    const res = await upload('apliecība.pdf', pdf, { field: '/trailers/1/registration' });
    expect(res.status).toBe(201);
    const token = (await res.json()).token as string;
    // The row's field allows PDF only.
    const png = await upload('foto.png', TEST_PNG, { field: '/trailers/0/registration' });
    expect(png.status).toBe(422);
    expect((await png.json()).error.code).toBe('file_type_not_allowed');
    // A file uploaded for another field cannot be named in a row.
    const elsewhere = await uploadToken('cits.pdf', pdf);
    const wrong = await submit({ trailers: [{ plate: 'AB-1', registration: [elsewhere] }] });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.issues).toMatchObject([{ path: '/trailers/0/registration/0' }]);

    // Rows were reordered meanwhile: the file still belongs to the field, whichever row names it.
    const ok = await submit({ trailers: [{ plate: 'AB-1', registration: [token] }, { plate: 'CD-2' }] });
    expect(ok.status).toBe(201);
    const { reference } = await ok.json();
    const list = await t.request(`/api/submissions/${reference}/attachments`, { key: t.keys.agency });
    expect((await list.json()).attachments).toMatchObject([
      { fileName: 'apliecība.pdf', field: '/trailers/*/registration' },
    ]);
  });

  it('refuses a file already sent with another submission (409), storing nothing', async () => {
    const token = await uploadToken('a.pdf', pdf);
    expect((await submit({ documents: [token] })).status).toBe(201);
    const again = await submit({ documents: [token], fullName: 'Anna Bērziņa' });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('attachment_already_used');
    const page = await (await t.request('/api/submissions', { key: t.keys.agency })).json();
    expect(page.submissions).toHaveLength(1);
  });

  it("refuses another service's token and an unknown one (422 attachment_not_found)", async () => {
    const foreign = await uploadToken('a.pdf', pdf, 'other-permit');
    const res = await submit({ documents: [foreign, `att_${'x'.repeat(43)}`] });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('attachment_not_found');
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(['/documents/0', '/documents/1']);
  });

  it('refuses more files than the field allows', async () => {
    const tokens = [
      await uploadToken('a.pdf', pdf),
      await uploadToken('b.pdf', pdf),
      await uploadToken('c.pdf', pdf),
    ];
    const res = await submit({ documents: tokens });
    expect(res.status).toBe(422);
    expect((await res.json()).error.issues[0]).toMatchObject({ code: 'maxItems', path: '/documents' });
  });

  it('replays an idempotent retry with the same files', async () => {
    const token = await uploadToken('a.pdf', pdf);
    const headers = { 'idempotency-key': 'retry-1' };
    const first = await submit({ documents: [token] }, 'parking-permit', headers);
    const retry = await submit({ documents: [token] }, 'parking-permit', headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await retry.json()).reference).toBe((await first.json()).reference);
  });
});

describe('clean-up and download links', () => {
  it('deletes uploads nobody submitted after 7 days, never submitted files', async () => {
    const abandoned = await uploadToken('a.pdf', pdf);
    const sent = await uploadToken('b.pdf', pdf);
    expect((await submit({ documents: [sent] })).status).toBe(201);
    expect(await cleanUpAbandoned(t.repo, new Date('2026-12-03T09:59:00.000Z'))).toEqual({
      files: 0,
      drafts: 0,
    });
    expect(await cleanUpAbandoned(t.repo, new Date('2026-12-03T10:00:00.000Z'))).toEqual({
      files: 1,
      drafts: 0,
    });
    expect((await t.request(`/api/attachments/${abandoned}`)).status).toBe(404);
    expect(await storedUnbound()).toBe(0);
  });

  it('an expiring link downloads the file until it expires', async () => {
    const token = await uploadToken('a.pdf', pdf);
    const reference = (await (await submit({ documents: [token] })).json()).reference;
    const [file] = await t.repo.attachments.listBySubmission(
      (await t.repo.submissions.getByReference(reference))!.id,
    );
    const deps = {
      repo: t.repo,
      clock: () => new Date('2026-11-26T10:00:00.000Z'),
      config: { publicUrl: 'https://e.lv' },
    };
    const link = await createAttachmentDownloadLink(deps as never, file!.id);
    expect(link.url).toMatch(/^https:\/\/e\.lv\/api\/attachment-links\/dl_/);
    const path = new URL(link.url).pathname;
    expect(new Uint8Array(await (await t.request(path)).arrayBuffer())).toEqual(pdf);
    t.setNow('2026-11-29T10:00:00.000Z');
    expect((await t.request(path)).status).toBe(404);
  });
});
