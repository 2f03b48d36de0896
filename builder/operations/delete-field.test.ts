import { describe, expect, it } from 'vitest';
import { deleteField } from './delete-field.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid, stepFields } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('deleteField', () => {
  it('removes a conditional field with its texts, required flag and condition', () => {
    const result = deleteField(def, { field: ['petName'] });
    expectValid(result);
    expect(stepFields(result)[0]).toEqual(['fullName', 'hasPet']);
    expect(result.form.schema.required).toEqual(['fullName', 'hasPet']);
    expect(result.form.conditions).toEqual([]);
    expect(Object.keys(result.form.translations.en ?? {})).not.toContain('/properties/petName');
  });

  it('removes the conditions that read it and its prefill rule', () => {
    const noRuleField = deleteField(def, { field: ['hasPet'] });
    expectValid(noRuleField);
    expect(noRuleField.form.conditions).toEqual([]);
    const noPrefill = deleteField(def, { field: ['fullName'] });
    expect(noPrefill.settings.prefill).toEqual([]);
  });

  it('removes a nested field with its UI settings and texts', () => {
    const result = deleteField(def, { field: ['about', 'note'] });
    expectValid(result);
    expect(result.form.uiSchema.about).toEqual({ 'ui:order': [] });
    expect(result.form.translations.en?.['/properties/about/properties/note']).toBeUndefined();
  });

  it('removes a step left empty', () => {
    let result = def;
    for (const key of ['home', 'members', 'about']) result = deleteField(result, { field: [key] });
    expectValid(result);
    expect(result.form.steps.map((step) => step.id)).toEqual(['you']);
  });

  it('refuses a missing field', () => {
    expect(() => deleteField(def, { field: ['home', 'country'] })).toThrow(
      'deleteField: "home" is not a section or repeating group',
    );
  });
});
