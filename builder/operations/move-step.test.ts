import { describe, expect, it } from 'vitest';
import { moveStep } from './move-step.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('moveStep', () => {
  it('moves a step with its fields, and the root ui:order follows', () => {
    const result = moveStep(def, { step: 'home', index: 0 });
    expectValid(result);
    expect(result.form.steps.map((step) => step.id)).toEqual(['home', 'you']);
    expect(result.form.uiSchema['ui:order']).toEqual([
      'home',
      'members',
      'about',
      'fullName',
      'hasPet',
      'petName',
    ]);
  });

  it('refuses a missing step and an index outside the steps', () => {
    expect(() => moveStep(def, { step: 'nope', index: 0 })).toThrow('moveStep: no step "nope"');
    expect(() => moveStep(def, { step: 'you', index: 2 })).toThrow('moveStep: index 2 is outside 0..1');
  });
});
