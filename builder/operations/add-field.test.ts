import { describe, expect, it } from 'vitest';
import { addField } from './add-field.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid, stepFields } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();
const email = { lv: 'E-pasts', en: 'E-mail' };

describe('addField', () => {
  it('adds a field to a step at an index, with a key from the Latvian label and English in translations', () => {
    const result = addField(def, { type: 'email', options: { label: email }, at: { step: 'you', index: 1 } });
    expectValid(result);
    expect(stepFields(result)[0]).toEqual(['fullName', 'ePasts', 'hasPet', 'petName']);
    expect(result.form.uiSchema['ui:order']).toEqual([
      'fullName',
      'ePasts',
      'hasPet',
      'petName',
      'home',
      'members',
      'about',
    ]);
    expect(result.form.schema.properties?.ePasts).toEqual({
      title: 'E-pasts',
      type: 'string',
      format: 'email',
      maxLength: 254,
    });
    expect(result.form.translations.en?.['/properties/ePasts']).toEqual({ title: 'E-mail' });
  });

  it('adds into a section and into a repeating group, with nested texts', () => {
    const inSection = addField(def, {
      type: 'address',
      options: { label: { lv: 'Adrese', en: 'Address' } },
      at: { parent: ['about'], index: 0 },
    });
    expectValid(inSection);
    expect(inSection.form.uiSchema.about).toMatchObject({ 'ui:order': ['adrese', 'note'] });
    expect(inSection.form.translations.en?.['/properties/about/properties/adrese/properties/city']).toEqual({
      title: 'City or parish',
    });
    const inGroup = addField(def, {
      type: 'yes-no',
      options: { label: { lv: 'Bērns', en: 'Child' } },
      at: { parent: ['members'], index: 2 },
    });
    expectValid(inGroup);
    expect(inGroup.form.uiSchema.members).toEqual({
      items: { 'ui:order': ['name', 'age', 'berns'], berns: { 'ui:widget': 'radio' } },
    });
  });

  it('never reuses a key, even one used in another container', () => {
    const once = addField(def, {
      type: 'short-text',
      options: { label: { lv: 'Vārds', en: 'Name' } },
      at: { step: 'you', index: 0 },
    });
    expect(once.form.uiSchema['ui:order']).toContain('vards');
    const twice = addField(once, {
      type: 'short-text',
      options: { label: { lv: 'Vārds', en: 'Name' } },
      at: { step: 'you', index: 0 },
    });
    expect(twice.form.steps[0]?.fields.slice(0, 2)).toEqual(['vards2', 'vards']);
  });

  it('adds to a form without steps, and to a new, empty form', () => {
    const empty = {
      ...def,
      form: {
        ...def.form,
        schema: { ...def.form.schema, properties: {}, allOf: undefined, required: undefined },
        steps: [],
        uiSchema: {},
        conditions: [],
        translations: {},
      },
      settings: { ...def.settings, prefill: [] },
    };
    const result = addField(empty, {
      type: 'number',
      options: { label: { lv: 'Skaits', en: 'Count' }, integer: true },
      at: { index: 0 },
    });
    expectValid(result);
    expect(result.form.uiSchema['ui:order']).toEqual(['skaits']);
  });

  it.each([
    [{ type: 'page-break' as const, at: { step: 'you', index: 0 } }, /cannot be added/],
    [{ type: 'email' as const, at: { index: 0 } }, /choose the step/],
    [{ type: 'email' as const, at: { step: 'nope', index: 0 } }, /no step "nope"/],
    [{ type: 'email' as const, at: { step: 'you', index: 4 } }, /outside 0\.\.3/],
    [{ type: 'email' as const, at: { parent: ['home'], index: 0 } }, /"home" is not a section/],
    [{ type: 'email' as const, at: { parent: ['about'], step: 'you', index: 0 } }, /a step is chosen only/],
    [{ type: 'email' as const, at: { step: 'you', index: 0 }, key: 'fullName' }, /key "fullName" is taken/],
  ])('refuses misuse %#', (args, message) => {
    expect(() =>
      addField(def, { options: { label: email }, ...args } as Parameters<typeof addField>[1]),
    ).toThrow(message);
  });
});
