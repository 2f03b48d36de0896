import { describe, expect, it } from 'vitest';
import { FORM_SCHEMA_DIALECT } from '../json-schema.ts';
import { migrate0To1 } from './migration-0-1.ts';

const v0 = {
  modelVersion: 0,
  code: 'dog-registration',
  version: 1,
  agency: 'riga-city',
  state: 'draft',
  title: 'Suņa reģistrācija',
  description: 'Pieteikums suņa reģistrācijai.',
  formSchema: { type: 'object', properties: { name: { type: 'string' } } },
  uiSchema: { 'ui:order': ['*'] },
};

describe('migrate0To1', () => {
  it('moves the form, localises texts and adds the implicit settings', () => {
    const result = migrate0To1(v0);
    expect(result).toEqual({
      ok: true,
      value: {
        modelVersion: 1,
        code: 'dog-registration',
        version: 1,
        agency: 'riga-city',
        state: 'draft',
        title: { lv: 'Suņa reģistrācija', en: 'Suņa reģistrācija' },
        description: { lv: 'Pieteikums suņa reģistrācijai.', en: 'Pieteikums suņa reģistrācijai.' },
        form: {
          schema: { $schema: FORM_SCHEMA_DIALECT, type: 'object', properties: { name: { type: 'string' } } },
          uiSchema: { 'ui:order': ['*'] },
          steps: [],
          translations: {},
        },
        settings: {
          access: { who: 'signed-in', assurance: 'substantial' },
          prefill: [],
          targetProcessingTime: 'P1M',
          delivery: [],
        },
      },
    });
  });

  it('keeps a $schema that is already there and fills in a missing uiSchema', () => {
    const { uiSchema: _, ...withoutUi } = v0;
    const result = migrate0To1({
      ...withoutUi,
      formSchema: { $schema: 'https://json-schema.org/draft-07/schema', type: 'object' },
    });
    expect(result.ok && result.value.form).toMatchObject({
      schema: { $schema: 'https://json-schema.org/draft-07/schema' },
      uiSchema: {},
    });
  });

  it('does not change its input', () => {
    const input = structuredClone(v0);
    migrate0To1(input);
    expect(input).toEqual(v0);
  });

  it('reports what a version 0 document lacks', () => {
    const result = migrate0To1({ ...v0, title: { lv: 'x' }, formSchema: 'nope' });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_shape', '/title'],
      ['invalid_shape', '/formSchema'],
    ]);
  });
});
