import type { APIRequestContext } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';

/**
 * A two-step form published for the test: a name, then up to 3 attachments (the default types);
 * `withGroup` adds a repeating group of children, each row with a name and one PDF certificate.
 */
export async function publishAttachmentService(
  request: APIRequestContext,
  code: string,
  options: { withGroup?: boolean } = {},
): Promise<void> {
  const group = options.withGroup
    ? {
        children: {
          type: 'array',
          title: 'Bērni',
          maxItems: 5,
          items: {
            type: 'object',
            required: ['name'],
            properties: {
              name: { type: 'string', title: 'Bērna vārds', minLength: 1, maxLength: 100 },
              certificate: {
                type: 'array',
                title: 'Dzimšanas apliecība',
                maxItems: 1,
                items: { type: 'string', pattern: '^att_[A-Za-z0-9_-]{43}$' },
                attachment: { maxFileBytes: 10485760, types: ['pdf'] },
              },
            },
          },
        },
      }
    : {};
  const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };
  const demo = await (await request.get('/api/services/company-certificate-request')).json();
  const definition = {
    ...demo.definition,
    code,
    version: 1,
    state: 'draft',
    title: { lv: 'Iesniegums ar pielikumiem', en: 'Application with attachments' },
    description: { lv: 'Pievienojiet dokumentus.', en: 'Attach your documents.' },
    form: {
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['fullName', 'documents'],
        properties: {
          fullName: { type: 'string', title: 'Vārds, uzvārds', minLength: 1, maxLength: 100 },
          documents: {
            type: 'array',
            title: 'Dokumenti',
            minItems: 1,
            maxItems: 3,
            items: { type: 'string', pattern: '^att_[A-Za-z0-9_-]{43}$' },
            attachment: { maxFileBytes: 10485760 },
          },
          ...group,
        },
      },
      uiSchema: { 'ui:order': ['fullName', 'documents', ...Object.keys(group)] },
      steps: [
        { id: 'you', title: { lv: 'Par jums', en: 'About you' }, fields: ['fullName'] },
        {
          id: 'files',
          title: { lv: 'Dokumenti', en: 'Documents' },
          fields: ['documents', ...Object.keys(group)],
        },
      ],
      translations: {
        en: {
          '/properties/fullName': { title: 'Full name' },
          '/properties/documents': { title: 'Documents' },
        },
      },
      conditions: [],
    },
    settings: { ...demo.definition.settings, access: { who: 'anyone', assurance: 'low' }, prefill: [] },
  };
  const created = await request.post('/api/services', { headers: auth, data: { definition } });
  if (created.status() !== 201)
    throw new Error(`create ${code}: ${created.status()} ${await created.text()}`);
  const published = await request.post(`/api/services/${code}/publish`, { headers: auth });
  if (published.status() !== 201)
    throw new Error(`publish ${code}: ${published.status()} ${await published.text()}`);
}

/** A real PDF, padded with a comment to `size` bytes so its upload takes a moment. */
export async function buildPdf(size = 0): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('Izzina', { x: 20, y: 100, size: 12 });
  const bytes = Buffer.from(await doc.save());
  return size > bytes.length ? Buffer.concat([bytes, Buffer.alloc(size - bytes.length, 0x25)]) : bytes;
}

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** What a Windows program starts with: an .exe renamed to .pdf. */
export const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), Buffer.alloc(200, 0)]);
