import { describe, expect, it } from 'vitest';
import { createAjv } from '../ajv-setup.ts';
import { createFieldSchema } from '../field-types/create-field-schema.ts';
import { createFormValidator } from '../form-validator.ts';
import type { JsonSchema } from '../json-schema.ts';
import {
  ATTACHMENT_TYPES,
  attachmentFieldPathOf,
  attachmentLimitsOf,
  attachmentTokensIn,
  DEFAULT_MAX_FILE_BYTES,
  findAttachmentFields,
} from './attachment-field.ts';

const token = (n: number) => `att_${String(n).padStart(43, 'A')}`;
const field = createFieldSchema('attachment', { label: { lv: 'Pielikumi', en: 'Attachments' } }).schema;
const form: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    documents: field,
    more: {
      type: 'object',
      properties: { photos: { ...field, maxItems: 2, attachment: { types: ['png'] } } },
    },
    children: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, certificate: field } },
    },
  },
};

describe('attachment fields', () => {
  it('default to 10 files of 10 MB of the Latvian e-services types', () => {
    expect(attachmentLimitsOf(field)).toEqual({
      maxFiles: 10,
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      types: [...ATTACHMENT_TYPES],
    });
  });

  it('are found at the top level and in sections, with their own limits', () => {
    const found = findAttachmentFields(form);
    expect(found.map((f) => f.path)).toEqual(['/children/*/certificate', '/documents', '/more/photos']);
    expect(found[2]!.limits).toMatchObject({
      maxFiles: 2,
      types: ['png'],
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    });
  });

  it('name tokens that the shared validator checks: shape and number of files', () => {
    const validate = createFormValidator(createAjv(), form);
    expect(validate({ documents: [token(1)] })).toEqual({ ok: true });
    expect(validate({ documents: ['../etc/passwd'] })).toMatchObject({ ok: false });
    expect(validate({ more: { photos: [token(1), token(2), token(3)] } })).toMatchObject({
      ok: false,
      issues: [{ code: 'maxItems', path: '/more/photos' }],
    });
  });

  it('list the tokens named in each field, row by row in repeating groups', () => {
    const data = {
      documents: [token(1), 'junk'],
      more: { photos: [token(2)] },
      children: [{ name: 'Anna', certificate: [token(3)] }, { name: 'Ēriks' }, { certificate: [token(4)] }],
    };
    expect(attachmentTokensIn(data, findAttachmentFields(form))).toEqual([
      { path: '/children/0/certificate', field: '/children/*/certificate', tokens: [token(3)] },
      { path: '/children/2/certificate', field: '/children/*/certificate', tokens: [token(4)] },
      { path: '/documents', field: '/documents', tokens: [token(1)] },
      { path: '/more/photos', field: '/more/photos', tokens: [token(2)] },
    ]);
    expect(attachmentTokensIn({ children: 'not a list' }, findAttachmentFields(form))).toEqual([]);
  });

  it('find the field of any row from an upload path', () => {
    expect(attachmentFieldPathOf('/children/12/certificate')).toBe('/children/*/certificate');
    expect(attachmentFieldPathOf('/documents')).toBe('/documents');
  });
});
