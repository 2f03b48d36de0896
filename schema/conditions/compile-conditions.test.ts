import { describe, expect, it } from 'vitest';
import { createAjv } from '../ajv-setup.ts';
import { createFormValidator } from '../form-validator.ts';
import type { FormCondition, ServiceForm } from '../service-definition.ts';
import { compileConditions } from './compile-conditions.ts';
import { decompileConditions } from './decompile-conditions.ts';

const showPetName: FormCondition = {
  id: 'pet-name',
  target: { kind: 'field', id: 'petName' },
  join: 'all',
  rules: [{ field: 'hasPet', op: 'is', value: true }],
};

function authoredForm(conditions: FormCondition[]): ServiceForm {
  return {
    schema: {
      required: ['hasPet', 'petName'],
      properties: {
        hasPet: { type: 'boolean', title: 'Vai ir mājdzīvnieks?' },
        petName: { type: 'string', title: 'Vārds', maxLength: 20 },
        note: { type: 'string', maxLength: 20 },
      },
      // A hand-written entry: kept, and its translations keep pointing at it.
      allOf: [{ properties: { note: { title: 'Piezīme' } } }],
    },
    uiSchema: { 'ui:order': ['hasPet', 'petName', 'note'] },
    steps: [
      { id: 'pet', title: { lv: 'Dzīvnieks', en: 'Pet' }, fields: ['hasPet', 'petName'] },
      { id: 'more', title: { lv: 'Vēl', en: 'More' }, fields: ['note'] },
    ],
    translations: {
      en: {
        '/properties/petName': { title: 'Name' },
        '/properties/petName/x': { title: 'deeper' },
        '/allOf/0/properties/note': { title: 'Note' },
      },
    },
    conditions,
  };
}

describe('compileConditions', () => {
  const compiled = compileConditions(authoredForm([showPetName]));

  it('moves a conditional field into a marked allOf entry, after the hand-written ones', () => {
    expect(compiled.schema.properties).not.toHaveProperty('petName');
    expect(compiled.schema.required).toEqual(['hasPet']);
    expect(compiled.schema.allOf?.[1]).toEqual({
      $comment: 'compiled from form.conditions: pet-name',
      if: { properties: { hasPet: { const: true } }, required: ['hasPet'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword
      then: {
        properties: { petName: { type: 'string', title: 'Vārds', maxLength: 20 } },
        required: ['petName'],
      },
      else: { propertyNames: { not: { enum: ['petName'] } } },
    });
    expect(compiled.translations.en).toEqual({
      '/allOf/1/then/properties/petName': { title: 'Name' },
      '/allOf/1/then/properties/petName/x': { title: 'deeper' },
      '/allOf/0/properties/note': { title: 'Note' },
    });
  });

  it('is undone by decompileConditions and is its own fixpoint', () => {
    const authored = authoredForm([showPetName]);
    expect(decompileConditions(compiled).schema).toEqual(authored.schema);
    expect(decompileConditions(compiled).translations).toEqual(authored.translations);
    expect(compileConditions(compiled)).toEqual(compiled);
  });

  it('shares what it did not change and leaves its input alone', () => {
    const authored = authoredForm([showPetName]);
    const before = structuredClone(authored);
    const result = compileConditions(authored);
    expect(authored).toEqual(before);
    expect(result.uiSchema).toBe(authored.uiSchema);
    expect(result.schema.properties?.hasPet).toBe(authored.schema.properties?.hasPet);
    expect(result.schema.allOf?.[1]?.then?.properties?.petName).toBe(authored.schema.properties?.petName);
    expect(compileConditions(authoredForm([])).schema).toEqual(authoredForm([]).schema);
  });

  it('applies a step condition to every field of the step, together with a field’s own', () => {
    const onStep: FormCondition = {
      id: 'pet-step',
      target: { kind: 'step', id: 'pet' },
      join: 'any',
      rules: [{ field: 'note', op: 'is', value: 'x' }],
    };
    const result = compileConditions(authoredForm([showPetName, onStep]));
    const entries = result.schema.allOf?.slice(1) ?? [];
    expect(entries.map((entry) => entry.$comment)).toEqual([
      'compiled from form.conditions: pet-step',
      'compiled from form.conditions: pet-step, pet-name',
    ]);
    expect(Object.keys(entries[0]?.then?.properties ?? {})).toEqual(['hasPet']);
    expect(Object.keys(entries[1]?.then?.properties ?? {})).toEqual(['petName']);
    expect(entries[1]?.if).toEqual({ allOf: [expect.anything(), expect.anything()] });
  });

  it('compiles to a schema ajv enforces: required only when shown, refused when hidden', () => {
    const validate = createFormValidator(createAjv(), compiled.schema);
    expect(validate({ hasPet: true })).toMatchObject({
      ok: false,
      issues: [{ code: 'required', path: '/petName' }],
    });
    expect(validate({ hasPet: true, petName: 'Reksis' })).toEqual({ ok: true });
    expect(validate({ hasPet: false })).toEqual({ ok: true });
    const hidden = validate({ hasPet: false, petName: 'Reksis' });
    expect(hidden.ok ? [] : hidden.issues.map((issue) => issue.path)).toContain('/petName');
  });
});
