import { describe, expect, it } from 'vitest';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';
import { updateFieldLabel } from './update-field-label.ts';

const def = buildDesignerDefinition();

describe('updateFieldLabel', () => {
  it('changes both labels and never the key, also for a field shown by a condition', () => {
    const result = updateFieldLabel(def, {
      field: ['petName'],
      lv: 'Dzīvnieka vārds',
      en: 'Name of the pet',
    });
    expectValid(result);
    expect(result.form.schema.allOf?.[0]?.then?.properties?.petName?.title).toBe('Dzīvnieka vārds');
    expect(result.form.translations.en?.['/allOf/0/then/properties/petName']).toEqual({
      title: 'Name of the pet',
    });
  });

  it('changes one language only, and removes an emptied label', () => {
    const result = updateFieldLabel(def, { field: ['members', 'name'], en: '' });
    expectValid(result);
    expect(result.form.translations.en?.['/properties/members/items/properties/name']).toBeUndefined();
    expect(result.form.schema.properties?.members?.items).toMatchObject({
      properties: { name: { title: 'Vārds' } },
    });
    const noLatvian = updateFieldLabel(def, { field: ['fullName'], lv: '' });
    expect(noLatvian.form.schema.properties?.fullName).not.toHaveProperty('title');
  });

  it('keeps other English texts of the field', () => {
    const result = updateFieldLabel(def, { field: ['about', 'note'], en: 'Remark' });
    expect(result.form.translations.en?.['/properties/about/properties/note']).toEqual({
      title: 'Remark',
      help: 'If you like.',
    });
  });

  it('refuses a missing field', () => {
    expect(() => updateFieldLabel(def, { field: [], lv: 'x' })).toThrow(/^updateFieldLabel: /);
  });
});
