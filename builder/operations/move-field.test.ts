import { describe, expect, it } from 'vitest';
import { moveField } from './move-field.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid, stepFields } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('moveField', () => {
  it('reorders within a step, the index being the place after the move', () => {
    const result = moveField(def, { field: ['fullName'], to: { step: 'you', index: 2 } });
    expectValid(result);
    expect(stepFields(result)[0]).toEqual(['hasPet', 'petName', 'fullName']);
  });

  it('moves across steps, and a conditional field keeps its condition', () => {
    const result = moveField(def, { field: ['petName'], to: { step: 'home', index: 0 } });
    expectValid(result);
    expect(stepFields(result)).toEqual([
      ['fullName', 'hasPet'],
      ['petName', 'home', 'members', 'about'],
    ]);
    expect(result.form.conditions).toEqual(def.form.conditions);
  });

  it('moves into a section with its texts and required flag', () => {
    const unlinked = { ...def, settings: { ...def.settings, prefill: [] } };
    const into = moveField(unlinked, { field: ['fullName'], to: { parent: ['about'], index: 1 } });
    expectValid(into);
    expect(into.form.schema.properties?.about?.required).toEqual(['fullName']);
    expect(into.form.schema.required).toEqual(['hasPet']);
    expect(into.form.uiSchema.about).toMatchObject({ 'ui:order': ['note', 'fullName'] });
    expect(into.form.translations.en?.['/properties/about/properties/fullName']).toEqual({
      title: 'Full name',
    });
  });

  it('moves out of a repeating group onto a step, and a section into a repeating group', () => {
    const out = moveField(def, { field: ['members', 'name'], to: { step: 'you', index: 0 } });
    expectValid(out);
    expect(stepFields(out)[0]?.[0]).toBe('name');
    expect(out.form.translations.en?.['/properties/name']).toEqual({ title: 'Name' });
    const nested = moveField(def, { field: ['about'], to: { parent: ['members'], index: 0 } });
    expectValid(nested);
    expect(
      nested.form.translations.en?.['/properties/members/items/properties/about/properties/note'],
    ).toMatchObject({ help: 'If you like.' });
  });

  it('removes a step emptied by the move', () => {
    const once = moveField(def, { field: ['home'], to: { step: 'you', index: 0 } });
    const twice = moveField(once, { field: ['members'], to: { step: 'you', index: 0 } });
    const result = moveField(twice, { field: ['about'], to: { step: 'you', index: 0 } });
    expectValid(result);
    expect(result.form.steps.map((step) => step.id)).toEqual(['you']);
  });

  it.each([
    [['about'], { parent: ['about'], index: 0 }, /inside itself/],
    [['petName'], { parent: ['about'], index: 0 }, /remove them first/],
    [['fullName'], { parent: ['about'], index: 0 }, /remove them first/],
    [['nope'], { step: 'you', index: 0 }, /no field "nope"/],
    [['members'], { parent: ['home'], index: 0 }, /not a section/],
  ])('refuses %j to %j', (field, to, message) => {
    expect(() => moveField(def, { field, to })).toThrow(message);
  });
});
