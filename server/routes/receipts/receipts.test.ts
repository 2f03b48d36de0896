import { PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAttachmentDefinition } from '../../attachments/testing/attachment-definition.ts';
import { buildTestPdf } from '../../attachments/testing/build-test-files.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';
import { VALID_PERMIT_DATA } from '../../testing/test-definitions.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
  await t.request('/api/services', {
    method: 'POST',
    key: t.keys.agency,
    json: { definition: buildAttachmentDefinition() },
  });
  await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency });
});
afterEach(async () => {
  await t.close();
});

async function submitWithFile(session?: Awaited<ReturnType<TestApp['sessionFor']>>) {
  const upload = await t.request('/api/services/parking-permit/attachments?field=/documents', {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent('Īres līgums.pdf') },
    body: (await buildTestPdf()) as Uint8Array<ArrayBuffer>,
    session,
  });
  const { token } = await upload.json();
  const res = await t.request('/api/services/parking-permit/submissions', {
    method: 'POST',
    json: { data: { ...VALID_PERMIT_DATA, fullName: 'Ģirts Ķēniņš', documents: [token] } },
    session,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { reference: string; receiptToken: string };
}

describe('receipts', () => {
  it('the receipt token opens a PDF with the reference, the Latvian answers and an embedded font', async () => {
    const receipt = await submitWithFile();
    const res = await t.request(`/api/receipts/${receipt.receiptToken}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).toContain(`/Reference (${receipt.reference})`);
    expect(text).toMatch(/\/BaseFont \/DejaVuSans/);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe(`Iesnieguma apliecinājums ${receipt.reference}`);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toContain('lv-LV');
  });

  it('the printable page shows the answers with their labels in the chosen language, file names included', async () => {
    const receipt = await submitWithFile();
    const en = await (await t.request(`/api/receipts/${receipt.receiptToken}/html?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain(receipt.reference);
    expect(en).toContain('<dt>Full name</dt><dd>Ģirts Ķēniņš</dd>');
    expect(en).toContain('<dt>Attachments</dt><dd>Īres līgums.pdf</dd>');
    expect(en).toContain('@media print');
    const lv = await (await t.request(`/api/receipts/${receipt.receiptToken}/html`)).text();
    expect(lv).toContain('<dt>Vārds, uzvārds</dt>');
  });

  it('answers 404 for an unknown or malformed receipt token', async () => {
    for (const token of [`rcpt_${'A'.repeat(43)}`, 'nonsense', `att_${'A'.repeat(43)}`]) {
      const res = await t.request(`/api/receipts/${token}/pdf`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('receipt_not_found');
    }
  });

  it('the signed-in applicant gets their receipt by reference; another person and the anonymous do not', async () => {
    const me = await t.sessionFor({ personalCode: '161175-19997' });
    const receipt = await submitWithFile(me);
    const path = `/api/submissions/${receipt.reference}/receipt/pdf`;
    expect((await t.request(path, { session: me })).status).toBe(200);
    const someoneElse = await t.sessionFor({ personalCode: '010101-10006' });
    expect((await t.request(path, { session: someoneElse })).status).toBe(404);
    expect((await t.request(path)).status).toBe(401);
  });
});
