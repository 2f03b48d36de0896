import { describe, expect, it } from 'vitest';
import { setReadOnly } from './set-read-only.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('setReadOnly', () => {
  it('sets readOnly and removes it again', () => {
    const result = setReadOnly(def, { field: ['fullName'], readOnly: true });
    expectValid(result);
    expect(result.form.schema.properties?.fullName?.readOnly).toBe(true);
    expect(setReadOnly(result, { field: ['fullName'], readOnly: false })).toEqual(def);
  });

  it('refuses a missing field', () => {
    expect(() => setReadOnly(def, { field: ['nope'], readOnly: true })).toThrow(
      'setReadOnly: no field "nope"',
    );
  });
});
