import { describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { autocompleteFor, withAutocomplete } from './derive-autocomplete.ts';

describe('autocompleteFor', () => {
  it.each([
    ['givenName', { type: 'string' }, 'given-name'],
    ['family_name', { type: 'string' }, 'family-name'],
    ['Uzvārds', { type: 'string' }, 'family-name'],
    ['birthDate', { type: 'string', format: 'date' }, 'bday'],
    ['contact', { type: 'string', format: 'email' }, 'email'],
    ['mobile', { type: 'string', format: 'lv-phone' }, 'tel'],
    ['index', { type: 'string', format: 'lv-postal-code' }, 'postal-code'],
    ['street', { type: 'string' }, 'street-address'],
    ['city', { type: 'string' }, 'address-level2'],
  ] as const)('%s → %s', (name, field, token) => {
    expect(autocompleteFor(name, field as JsonSchema)).toBe(token);
  });

  it.each([
    ['personalCode', { type: 'string', format: 'lv-personal-code' }],
    ['birthDate', { type: 'string' }],
    ['city', { type: 'string', enum: ['Rīga', 'Cēsis'] }],
    ['phone', { type: 'boolean' }],
  ] as const)('leaves %s without a token', (name, field) => {
    expect(autocompleteFor(name, field as JsonSchema)).toBeUndefined();
  });
});

describe('withAutocomplete', () => {
  it('marks the personal data of the residence demo, nested address included', () => {
    const { schema, uiSchema } = DECLARATION_OF_RESIDENCE.form;
    const ui = withAutocomplete(schema, uiSchema) as Record<string, Record<string, unknown>>;
    expect(ui.givenName?.['ui:autocomplete']).toBe('given-name');
    expect(ui.familyName?.['ui:autocomplete']).toBe('family-name');
    expect(ui.birthDate?.['ui:autocomplete']).toBe('bday');
    expect(ui.email?.['ui:autocomplete']).toBe('email');
    expect(ui.phone?.['ui:autocomplete']).toBe('tel');
    expect(ui.phone?.['ui:help']).toBe('Ar valsts kodu, piemēram, +371 2612 3456.');
    const address = ui.address as Record<string, Record<string, unknown>>;
    expect(address.street?.['ui:autocomplete']).toBe('street-address');
    expect(address.postalCode?.['ui:autocomplete']).toBe('postal-code');
    expect(address['ui:order']).toEqual(['street', 'city', 'postalCode']);
    expect(ui.personalCode?.['ui:autocomplete']).toBeUndefined();
    expect(uiSchema).not.toBe(ui);
    expect((uiSchema as Record<string, Record<string, unknown>>).givenName).toBeUndefined();
  });

  it('keeps an agency’s own choice and follows $ref', () => {
    const schema: JsonSchema = {
      type: 'object',
      definitions: { address: { type: 'object', properties: { city: { type: 'string' } } } },
      properties: { email: { type: 'string', format: 'email' }, home: { $ref: '#/definitions/address' } },
    };
    const ui = withAutocomplete(schema, { email: { 'ui:autocomplete': 'off' } });
    expect(ui).toEqual({
      email: { 'ui:autocomplete': 'off' },
      home: { city: { 'ui:autocomplete': 'address-level2' } },
    });
  });
});
