import { describe, expect, it } from 'vitest';
import { deleteStep } from './delete-step.ts';
import { setCondition } from './set-condition.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid, stepFields } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('deleteStep', () => {
  it('moves the fields into the step before, and the first step’s into the next', () => {
    const second = deleteStep(def, { step: 'home' });
    expectValid(second);
    expect(stepFields(second)).toEqual([['fullName', 'hasPet', 'petName', 'home', 'members', 'about']]);
    const first = deleteStep(def, { step: 'you' });
    expect(first.form.steps.map((step) => step.id)).toEqual(['home']);
    expect(stepFields(first)[0]?.slice(0, 3)).toEqual(['fullName', 'hasPet', 'petName']);
  });

  it('removes the step’s condition with it, and the only step leaves no steps', () => {
    const conditional = setCondition(def, {
      target: { kind: 'step', id: 'home' },
      join: 'all',
      rules: [{ field: 'hasPet', op: 'is', value: false }],
    });
    const result = deleteStep(conditional, { step: 'home' });
    expectValid(result);
    expect(result.form.conditions?.map((condition) => condition.id)).toEqual(['show-pet-name']);
    expect(deleteStep(result, { step: 'you' }).form.steps).toEqual([]);
  });

  it('refuses a missing step', () => {
    expect(() => deleteStep(def, { step: 'nope' })).toThrow('deleteStep: no step "nope"');
  });
});
