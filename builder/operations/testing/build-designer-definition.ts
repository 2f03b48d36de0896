/**
 * A small two-step definition with every kind of place a field can be: top level, a section, a
 * repeating group, an address, and a field shown by a condition. Plain data, compiled as the
 * builder stores it; deep-frozen, so any operation that mutates its input fails loudly.
 */
import { buildDefinition } from '../../../schema/build-definition.ts';
import { compileConditions } from '../../../schema/conditions/compile-conditions.ts';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import { deepFreeze } from './deep-freeze.ts';

export function buildDesignerDefinition(): ServiceDefinition {
  const def = buildDefinition({
    form: {
      schema: {
        required: ['fullName', 'hasPet', 'petName'],
        properties: {
          fullName: { type: 'string', title: 'Vārds, uzvārds', maxLength: 100 },
          hasPet: { type: 'boolean', title: 'Vai jums ir mājdzīvnieks?' },
          petName: { type: 'string', title: 'Mājdzīvnieka vārds', maxLength: 50 },
          home: {
            type: 'object',
            title: 'Mājoklis',
            required: ['street', 'city', 'postalCode'],
            properties: {
              street: { type: 'string', title: 'Iela', minLength: 1, maxLength: 200 },
              city: { type: 'string', title: 'Pilsēta', minLength: 1, maxLength: 100 },
              postalCode: { type: 'string', title: 'Pasta indekss', format: 'lv-postal-code' },
            },
          },
          members: {
            type: 'array',
            title: 'Ģimenes locekļi',
            maxItems: 10,
            items: {
              type: 'object',
              required: ['name'],
              properties: {
                name: { type: 'string', title: 'Vārds', maxLength: 100 },
                age: { type: 'integer', title: 'Vecums', minimum: 0, maximum: 130 },
              },
            },
          },
          about: {
            type: 'object',
            title: 'Par jums',
            properties: { note: { type: 'string', title: 'Piezīme', maxLength: 500 } },
          },
        },
      },
      uiSchema: {
        hasPet: { 'ui:widget': 'radio' },
        home: { 'ui:order': ['street', 'city', 'postalCode'] },
        members: { items: { 'ui:order': ['name', 'age'] } },
        about: { 'ui:order': ['note'], note: { 'ui:help': 'Ja vēlaties.' } },
        'ui:order': ['fullName', 'hasPet', 'petName', 'home', 'members', 'about'],
      },
      steps: [
        { id: 'you', title: { lv: 'Par jums', en: 'About you' }, fields: ['fullName', 'hasPet', 'petName'] },
        { id: 'home', title: { lv: 'Mājas', en: 'Home' }, fields: ['home', 'members', 'about'] },
      ],
      translations: {
        en: {
          '/properties/fullName': { title: 'Full name' },
          '/properties/hasPet': { title: 'Do you have a pet?' },
          '/properties/petName': { title: "Pet's name" },
          '/properties/home': { title: 'Home' },
          '/properties/members/items/properties/name': { title: 'Name' },
          '/properties/about/properties/note': { title: 'Note', help: 'If you like.' },
        },
      },
      conditions: [
        {
          id: 'show-pet-name',
          target: { kind: 'field', id: 'petName' },
          join: 'all',
          rules: [{ field: 'hasPet', op: 'is', value: true }],
        },
      ],
    },
    settings: { prefill: [{ field: 'fullName', source: { kind: 'url', param: 'name' } }] },
  });
  return deepFreeze({ ...def, form: compileConditions(def.form) });
}
