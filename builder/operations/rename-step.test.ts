import { describe, expect, it } from 'vitest';
import { renameStep } from './rename-step.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('renameStep', () => {
  it('changes one language of the title and keeps the id', () => {
    const result = renameStep(def, { step: 'home', title: { en: 'Your home' } });
    expectValid(result);
    expect(result.form.steps[1]).toMatchObject({ id: 'home', title: { lv: 'Mājas', en: 'Your home' } });
  });

  it('refuses a missing step', () => {
    expect(() => renameStep(def, { step: 'nope', title: { lv: 'x' } })).toThrow('renameStep: no step "nope"');
  });
});
