import { describe, expect, it } from 'vitest';
import { addStep } from './add-step.ts';
import { deleteStep } from './delete-step.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid, stepFields } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();
const pet = { lv: 'Mājdzīvnieks', en: 'Pet' };

describe('addStep', () => {
  it('splits a step before a field, with an id from the Latvian title', () => {
    const result = addStep(def, { before: 'hasPet', title: pet });
    expectValid(result);
    expect(result.form.steps.map((step) => step.id)).toEqual(['you', 'majdzivnieks', 'home']);
    expect(stepFields(result)).toEqual([['fullName'], ['hasPet', 'petName'], ['home', 'members', 'about']]);
    expect(result.form.uiSchema['ui:order']).toEqual(def.form.uiSchema['ui:order']);
  });

  it('gives a form without steps two', () => {
    const flat = deleteStep(deleteStep(def, { step: 'home' }), { step: 'you' });
    expect(flat.form.steps).toEqual([]);
    const result = addStep(flat, { before: 'home', title: { lv: 'Mājas', en: 'Home' } });
    expectValid(result);
    expect(result.form.steps.map((step) => [step.id, step.title.en])).toEqual([
      ['1-solis', 'Step 1'],
      ['majas', 'Home'],
    ]);
  });

  it.each([
    [{ before: 'fullName', title: pet }, /empty page/],
    [{ before: 'home', title: pet }, /empty page/],
    [{ before: 'nope', title: pet }, /no field "nope"/],
    [{ before: 'hasPet', title: pet, id: 'home' }, /step id "home" is taken/],
    [{ before: 'hasPet', title: pet, id: 'Pet Step' }, /not lower-case/],
  ])('refuses %j', (args, message) => {
    expect(() => addStep(def, args)).toThrow(message);
  });
});
