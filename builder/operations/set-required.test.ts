import { describe, expect, it } from 'vitest';
import { addField } from './add-field.ts';
import { setRequired } from './set-required.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('setRequired', () => {
  it('makes a top-level and a nested field required or optional', () => {
    const nested = setRequired(def, { field: ['members', 'age'], required: true });
    expectValid(nested);
    expect(nested.form.schema.properties?.members?.items).toMatchObject({ required: ['name', 'age'] });
    const optional = setRequired(def, { field: ['fullName'], required: false });
    expect(optional.form.schema.required).toEqual(['hasPet']);
  });

  it('keeps a conditional field required only while it is shown', () => {
    const optional = setRequired(def, { field: ['petName'], required: false });
    expectValid(optional);
    expect(optional.form.schema.allOf?.[0]?.then).not.toHaveProperty('required');
    const required = setRequired(optional, { field: ['petName'], required: true });
    expect(required).toEqual(def);
  });

  it('asks a required multiple choice for at least one ticked box', () => {
    const withChoice = addField(def, {
      type: 'multiple-choice',
      options: { label: { lv: 'Valodas', en: 'Languages' } },
      at: { step: 'you', index: 0 },
    });
    const required = setRequired(withChoice, { field: ['valodas'], required: true });
    expectValid(required);
    expect(required.form.schema.properties?.valodas?.minItems).toBe(1);
    expect(
      setRequired(required, { field: ['valodas'], required: false }).form.schema.properties?.valodas,
    ).not.toHaveProperty('minItems');
  });

  it('refuses groups', () => {
    expect(() => setRequired(def, { field: ['about'], required: true })).toThrow(
      'setRequired: a section cannot be required',
    );
    expect(() => setRequired(def, { field: ['members'], required: true })).toThrow(/repeating-group/);
  });
});
