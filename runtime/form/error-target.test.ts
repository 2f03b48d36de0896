import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { errorTarget } from './error-target.ts';

const schema: JsonSchema = {
  type: 'object',
  definitions: { street: { type: 'string', title: 'Iela' } },
  properties: {
    name: { type: 'string', title: 'Vārds' },
    address: { type: 'object', title: 'Adrese', properties: { street: { $ref: '#/definitions/street' } } },
    pets: {
      type: 'array',
      items: { type: 'object', properties: { kind: { type: 'string', title: 'Suga' } } },
    },
  },
};

describe('errorTarget', () => {
  it('links a field error to its RJSF id and names it by its schema title', () => {
    expect(errorTarget({ property: '.name', stack: '' }, schema)).toEqual({
      fieldId: 'root_name',
      title: 'Vārds',
    });
    expect(errorTarget({ property: '.address.street', stack: '' }, schema)).toEqual({
      fieldId: 'root_address_street',
      title: 'Iela',
    });
    expect(errorTarget({ property: '.pets.0.kind', stack: '' }, schema)).toEqual({
      fieldId: 'root_pets_0_kind',
      title: 'Suga',
    });
  });

  it('prefers the title RJSF already found and tolerates unknown paths', () => {
    expect(errorTarget({ property: '.name', title: 'Name', stack: '' }, schema).title).toBe('Name');
    expect(errorTarget({ property: '.nope', stack: '' }, schema)).toEqual({
      fieldId: 'root_nope',
      title: undefined,
    });
  });

  it('has no field for an error about the whole form', () => {
    expect(errorTarget({ property: '.', stack: '' }, schema)).toEqual({
      fieldId: undefined,
      title: undefined,
    });
    expect(errorTarget({ stack: '' }, schema)).toEqual({ fieldId: undefined, title: undefined });
  });
});
