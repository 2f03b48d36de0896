import { describe, expect, it } from 'vitest';
import { removeCondition } from './remove-condition.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('removeCondition', () => {
  it('shows the target always again: back in the root properties, required unconditionally', () => {
    const result = removeCondition(def, { id: 'show-pet-name' });
    expectValid(result);
    expect(result.form.conditions).toEqual([]);
    expect(result.form.schema.allOf).toBeUndefined();
    expect(result.form.schema.required).toEqual(['fullName', 'hasPet', 'petName']);
    expect(result.form.translations.en?.['/properties/petName']).toEqual({ title: "Pet's name" });
  });

  it('refuses a missing condition', () => {
    expect(() => removeCondition(def, { id: 'nope' })).toThrow('removeCondition: no condition "nope"');
  });
});
