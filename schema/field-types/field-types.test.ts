import { describe, expect, it } from 'vitest';
import { createAjv } from '../ajv-setup.ts';
import { buildDefinition } from '../build-definition.ts';
import { checkDefinition } from '../check-definition.ts';
import { createFormValidator } from '../form-validator.ts';
import { createFieldSchema } from './create-field-schema.ts';
import { applyConstraint, constraintProblem } from './field-constraints.ts';
import { fieldTypeOf } from './field-type-of.ts';
import { type CreatableFieldType, FIELD_TYPES } from './field-types.ts';
import { TEXT_PRESETS, textPresetOf } from './text-presets.ts';

const label = { lv: 'Jautājums', en: 'Question' };
const creatable = FIELD_TYPES.filter((type) => type.available && type.id !== 'page-break').map(
  (type) => type.id as CreatableFieldType,
);

describe('createFieldSchema', () => {
  it.each(creatable)('%s passes the checker and is recognised as itself', (type) => {
    const { schema, uiSchema, english } = createFieldSchema(type, { label });
    expect(fieldTypeOf(schema, uiSchema)).toBe(type);
    const translations = Object.fromEntries(
      Object.entries(english).map(([pointer, text]) => [`/properties/q${pointer}`, text]),
    );
    const definition = buildDefinition({
      form: {
        schema: { properties: { q: schema } },
        uiSchema: { q: uiSchema },
        translations: { en: translations },
      },
    });
    expect(checkDefinition(definition)).toMatchObject({ ok: true });
  });

  it.each(creatable)('%s accepts no answer when not required', (type) => {
    const validate = createFormValidator(createAjv(), {
      type: 'object',
      properties: { q: createFieldSchema(type, { label }).schema },
    });
    expect(validate({})).toEqual({ ok: true });
  });

  it('keeps lists bounded and offers the given choices in order', () => {
    const choices = [
      { value: 'dog', label: { lv: 'Suns', en: 'Dog' } },
      { value: 'cat', label: { lv: 'Kaķis', en: 'Cat' } },
    ];
    const many = createFieldSchema('multiple-choice', { label, choices });
    expect(many.schema).toMatchObject({ uniqueItems: true, maxItems: 2 });
    expect(many.english['/items/oneOf/1']).toEqual({ title: 'Cat' });
    expect(createFieldSchema('single-choice', { label, choices, display: 'dropdown' }).uiSchema).toEqual({
      'ui:widget': 'select',
    });
    expect(() => createFieldSchema('single-choice', { label, choices: [] })).toThrow(/createFieldSchema/);
  });

  it('tells a section from an address, and hand-written fields from ours', () => {
    expect(fieldTypeOf({ type: 'object', properties: { street: {}, city: {} } })).toBe('section');
    expect(fieldTypeOf({ type: 'array', items: { type: 'string' } })).toBe('custom');
    expect(fieldTypeOf({ type: 'string', format: 'lv-postal-code' })).toBe('short-text');
    expect(fieldTypeOf({ anyOf: [] })).toBe('custom');
  });
});

describe('constraints', () => {
  const text = createFieldSchema('short-text', { label }).schema;
  const many = createFieldSchema('multiple-choice', { label }).schema;
  const group = createFieldSchema('repeating-group', { label }).schema;

  it('sets and removes a preset, which may change the type', () => {
    const postal = applyConstraint(text, {}, 'preset', 'postal-code');
    expect(textPresetOf(postal)?.id).toBe('postal-code');
    expect(fieldTypeOf(applyConstraint(text, {}, 'preset', 'phone'))).toBe('phone');
    expect(applyConstraint(postal, {}, 'preset', undefined)).toEqual(text);
  });

  it('keeps every preset pattern safe and anchored', () => {
    const patterns = TEXT_PRESETS.flatMap((preset) =>
      'pattern' in preset.constraint ? [preset.constraint.pattern] : [],
    );
    for (const pattern of patterns) expect(pattern).toMatch(/^\^.*\$$/);
    const properties = Object.fromEntries(
      patterns.map((pattern, i) => [`p${i}`, { type: 'string', pattern }]),
    );
    expect(checkDefinition(buildDefinition({ form: { schema: { properties } } }))).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [text, 'minimum', 1, 'does not apply'],
    [text, 'maxLength', -1, 'whole number'],
    [text, 'minLength', 300, 'may not exceed'],
    [text, 'maxLength', 1e9, 'at most'],
    [many, 'maxItems', 3, 'at most 2'],
    [many, 'maxItems', 0, 'at least 1'],
    [group, 'maxItems', 201, 'at most 200'],
    [text, 'preset', 'zip', 'no preset'],
  ] as const)('refuses %j %s %j', (schema, name, value, message) => {
    expect(constraintProblem(schema, {}, name, value)).toContain(message);
    expect(() => applyConstraint(schema, {}, name, value)).toThrow(/^setConstraint: /);
  });

  it('puts the largest bound back when a list limit is removed', () => {
    expect(applyConstraint(many, {}, 'maxItems', undefined).maxItems).toBe(2);
    expect(applyConstraint({ ...group, maxItems: 3 }, {}, 'maxItems', undefined).maxItems).toBe(10);
  });
});

describe('a file field’s largest file', () => {
  const files = createFieldSchema('attachment', { label }).schema;

  it('is set in whole megabytes into the attachment keyword, and removing it restores the default', () => {
    const limited = applyConstraint(files, {}, 'maxFileMegabytes', 2);
    expect(limited.attachment).toMatchObject({ maxFileBytes: 2 * 1024 * 1024 });
    expect((limited.attachment as { types: string[] }).types).toContain('edoc');
    expect(applyConstraint(limited, {}, 'maxFileMegabytes', undefined).attachment).not.toHaveProperty(
      'maxFileBytes',
    );
    const definition = buildDefinition({ form: { schema: { properties: { q: limited } } } });
    expect(checkDefinition(definition)).toMatchObject({ ok: true });
  });

  it('must be from 1 to 50 MB, and only on a file field', () => {
    expect(constraintProblem(files, {}, 'maxFileMegabytes', 0)).toMatch(/1 to 50/);
    expect(constraintProblem(files, {}, 'maxFileMegabytes', 51)).toMatch(/1 to 50/);
    expect(constraintProblem(files, {}, 'maxFileMegabytes', 1.5)).toMatch(/whole number/);
    expect(constraintProblem({ type: 'string' }, {}, 'maxFileMegabytes', 2)).toMatch(/does not apply/);
  });
});
