import { describe, expect, it } from 'vitest';
import { setDefault } from './set-default.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('setDefault', () => {
  it('sets and removes a default that fits the field', () => {
    const result = setDefault(def, { field: ['members', 'age'], value: 18 });
    expectValid(result);
    expect(result.form.schema.properties?.members?.items).toMatchObject({
      properties: { age: { default: 18 } },
    });
    expect(setDefault(result, { field: ['members', 'age'], value: undefined })).toEqual(def);
  });

  it.each([
    [['members', 'age'], 200],
    [['hasPet'], 'yes'],
    [['about'], {}],
    [['home', 'postalCode'], 'LV-12'],
  ])('refuses %j for %j', (field, value) => {
    expect(() => setDefault(def, { field, value })).toThrow(/^setDefault: /);
  });
});
