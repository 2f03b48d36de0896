import { describe, expect, it } from 'vitest';
import { duplicateField } from './duplicate-field.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid, stepFields } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('duplicateField', () => {
  it('puts a copy with a new key right after the original, without its condition', () => {
    const result = duplicateField(def, { field: ['petName'] });
    expectValid(result);
    expect(stepFields(result)[0]).toEqual(['fullName', 'hasPet', 'petName', 'petName2']);
    expect(result.form.schema.required).toContain('petName2');
    expect(result.form.translations.en?.['/properties/petName2']).toEqual({ title: "Pet's name" });
    expect(result.form.conditions).toEqual(def.form.conditions);
  });

  it('copies a container with its fields and texts', () => {
    const result = duplicateField(def, { field: ['about'] });
    expectValid(result);
    expect(result.form.uiSchema.about2).toEqual(def.form.uiSchema.about);
    expect(result.form.translations.en?.['/properties/about2/properties/note']).toEqual({
      title: 'Note',
      help: 'If you like.',
    });
  });

  it('copies a column of a repeating group', () => {
    const result = duplicateField(def, { field: ['members', 'name'], key: 'secondName' });
    expectValid(result);
    expect(result.form.uiSchema.members).toMatchObject({
      items: { 'ui:order': ['name', 'secondName', 'age'] },
    });
  });

  it('refuses a taken key and a missing field', () => {
    expect(() => duplicateField(def, { field: ['fullName'], key: 'hasPet' })).toThrow(
      /duplicateField: key "hasPet"/,
    );
    expect(() => duplicateField(def, { field: ['members', 'nope'] })).toThrow(/duplicateField: no field/);
  });
});
