import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES } from '../../schema/attachments/attachment-field.ts';
import { addField } from './add-field.ts';
import { setFileTypes } from './set-file-types.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const withFile = addField(buildDesignerDefinition(), {
  type: 'attachment',
  key: 'documents',
  options: { label: { lv: 'Dokumenti', en: 'Documents' } },
  at: { step: 'you', index: 0 },
});

describe('setFileTypes', () => {
  it('narrows a file field to the chosen types and widens it again', () => {
    const narrowed = setFileTypes(withFile, { field: ['documents'], types: ['asice', 'pdf', 'edoc'] });
    expectValid(narrowed);
    const field = narrowed.form.schema.properties!.documents as { attachment: { types: string[] } };
    expect(field.attachment.types).toEqual(['pdf', 'edoc', 'asice']);
    const widened = setFileTypes(narrowed, { field: ['documents'], types: undefined });
    expect((widened.form.schema.properties!.documents as typeof field).attachment.types).toEqual([
      ...ATTACHMENT_TYPES,
    ]);
  });

  it('refuses a field that is not a file field, an empty choice and unknown types', () => {
    expect(() => setFileTypes(withFile, { field: ['fullName'], types: ['pdf'] })).toThrow(
      'setFileTypes: the field is not a file field',
    );
    expect(() => setFileTypes(withFile, { field: ['documents'], types: [] })).toThrow('at least one');
    expect(() => setFileTypes(withFile, { field: ['documents'], types: ['exe'] })).toThrow('accepted list');
  });
});
