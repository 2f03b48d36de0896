import { describe, expect, it } from 'vitest';
import { setConstraint } from './set-constraint.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('setConstraint', () => {
  it('sets lengths, ranges and numbers of rows', () => {
    const lengths = setConstraint(def, { field: ['fullName'], name: 'minLength', value: 2 });
    expectValid(lengths);
    expect(lengths.form.schema.properties?.fullName).toMatchObject({ minLength: 2, maxLength: 100 });
    const range = setConstraint(def, { field: ['members', 'age'], name: 'maximum', value: 120 });
    expect(range.form.schema.properties?.members?.items).toMatchObject({
      properties: { age: { maximum: 120 } },
    });
    const rows = setConstraint(def, { field: ['members'], name: 'minItems', value: 1 });
    expectValid(rows);
    expect(rows.form.schema.properties?.members).toMatchObject({ minItems: 1, maxItems: 10 });
  });

  it('picks a named preset for a conditional field', () => {
    const result = setConstraint(def, { field: ['petName'], name: 'preset', value: 'letters' });
    expectValid(result);
    expect(result.form.schema.allOf?.[0]?.then?.properties?.petName?.pattern).toBe("^[\\p{L} '-]+$");
  });

  it('throws what constraintProblem reports', () => {
    expect(() => setConstraint(def, { field: ['fullName'], name: 'minLength', value: 101 })).toThrow(
      'setConstraint: minLength may not exceed maxLength',
    );
    expect(() => setConstraint(def, { field: ['hasPet'], name: 'maxLength', value: 3 })).toThrow(
      /does not apply/,
    );
  });
});
