import { describe, expect, it } from 'vitest';
import { addField } from './add-field.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';
import { updateFieldHelp } from './update-field-help.ts';

const def = buildDesignerDefinition();

describe('updateFieldHelp', () => {
  it('writes ui:help and the English help', () => {
    const result = updateFieldHelp(def, { field: ['fullName'], lv: 'Kā pasē.', en: 'As in your passport.' });
    expectValid(result);
    expect(result.form.uiSchema.fullName).toEqual({ 'ui:help': 'Kā pasē.' });
    expect(result.form.translations.en?.['/properties/fullName']).toEqual({
      title: 'Full name',
      help: 'As in your passport.',
    });
  });

  it('removes emptied help', () => {
    const result = updateFieldHelp(def, { field: ['about', 'note'], lv: '', en: '' });
    expect(result.form.uiSchema.about).toEqual({ 'ui:order': ['note'], note: {} });
    expect(result.form.translations.en?.['/properties/about/properties/note']).toEqual({ title: 'Note' });
  });

  it("writes a content block's body as its description", () => {
    const withBlock = addField(def, {
      type: 'content',
      options: { label: { lv: 'Svarīgi', en: 'Important' } },
      at: { step: 'you', index: 0 },
    });
    const result = updateFieldHelp(withBlock, { field: ['svarigi'], lv: 'Izlasiet.', en: 'Read this.' });
    expectValid(result);
    expect(result.form.schema.properties?.svarigi).toEqual({
      title: 'Svarīgi',
      type: 'null',
      description: 'Izlasiet.',
    });
    expect(result.form.translations.en?.['/properties/svarigi']).toEqual({
      title: 'Important',
      description: 'Read this.',
    });
  });
});
