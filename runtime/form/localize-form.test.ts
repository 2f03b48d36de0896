import { describe, expect, it } from 'vitest';
import type { ServiceForm } from '../../schema/service-definition.ts';
import { localizeForm } from './localize-form.ts';

function buildForm(translations: ServiceForm['translations']): ServiceForm {
  return {
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      title: 'Iesniegums',
      properties: {
        name: { type: 'string', title: 'Vārds', description: 'Kā pasē' },
        size: { type: 'string', title: 'Izmērs', enum: ['s', 'l'] },
        colour: {
          type: 'string',
          title: 'Krāsa',
          oneOf: [
            { const: 'black', title: 'Melna' },
            { const: 'white', title: 'Balta' },
          ],
        },
        address: {
          type: 'object',
          title: 'Adrese',
          properties: { street: { type: 'string', title: 'Iela' } },
        },
        pets: {
          type: 'array',
          items: { type: 'object', properties: { kind: { type: 'string', title: 'Suga' } } },
        },
      },
    },
    uiSchema: {
      size: { 'ui:widget': 'radio', 'ui:enumNames': ['Mazs', 'Liels'] },
      name: { 'ui:title': 'Vārds' },
    },
    steps: [],
    translations,
  };
}

const english = {
  en: {
    '': { title: 'Application' },
    '/properties/name': { title: 'Name', description: 'As in the passport', help: 'Latin letters are fine' },
    '/properties/address/properties/street': { title: 'Street', help: 'With the house number' },
    '/properties/size': { title: 'Size', enumNames: ['Small', 'Large'] },
    '/properties/colour': { enumNames: ['Black', 'White'] },
    '/properties/colour/oneOf/1': { title: 'Snow white' },
    '/properties/pets/items/properties/kind': { title: 'Species' },
  },
};

describe('localizeForm', () => {
  it('returns the Latvian form untouched', () => {
    const form = buildForm(english);
    const localized = localizeForm(form, 'lv');
    expect(localized.schema).toBe(form.schema);
    expect(localized.uiSchema).toBe(form.uiSchema);
  });

  it('applies English titles, descriptions and choice labels by JSON Pointer', () => {
    const { schema, uiSchema } = localizeForm(buildForm(english), 'en');
    const properties = schema.properties ?? {};
    expect(schema.title).toBe('Application');
    expect(properties.name).toMatchObject({ title: 'Name', description: 'As in the passport' });
    expect(uiSchema.name).toEqual({ 'ui:title': 'Name', 'ui:help': 'Latin letters are fine' });
    expect(uiSchema.address).toEqual({ street: { 'ui:help': 'With the house number' } });
    expect(properties.size?.title).toBe('Size');
    expect(uiSchema.size).toEqual({ 'ui:widget': 'radio', 'ui:enumNames': ['Small', 'Large'] });
    expect(properties.colour?.oneOf).toEqual([
      { const: 'black', title: 'Black' },
      { const: 'white', title: 'Snow white' },
    ]);
    expect(properties.address?.properties?.street?.title).toBe('Street');
    expect(properties.pets?.items).toMatchObject({ properties: { kind: { title: 'Species' } } });
    expect(uiSchema.pets).toBeUndefined();
  });

  it('keeps Latvian text where English is missing and never changes the definition', () => {
    const form = buildForm(english);
    const before = structuredClone(form);
    const { schema } = localizeForm(form, 'en');
    expect(schema.properties?.address?.title).toBe('Adrese');
    expect(form).toEqual(before);
  });

  it('ignores pointers that name nothing, or dangerous keys', () => {
    const form = buildForm({
      en: {
        '/properties/missing': { title: 'x' },
        'not a pointer': { title: 'x' },
        '/properties/__proto__': { title: 'x' },
        '/properties/name/__proto__': { title: 'polluted' },
      },
    });
    const { schema } = localizeForm(form, 'en');
    expect(schema.properties?.name?.title).toBe('Vārds');
    expect(({} as { title?: string }).title).toBeUndefined();
  });
});
