import { describe, expect, it } from 'vitest';
import { buildDeclaredShape, shapeForKey } from './declared-shape.ts';

describe('buildDeclaredShape', () => {
  it('collects names across combinators, branches, schema dependencies and refs', () => {
    const shape = buildDeclaredShape({
      type: 'object',
      definitions: { address: { type: 'object', properties: { street: { type: 'string' } } } },
      properties: { a: { type: 'string' }, home: { $ref: '#/definitions/address' } },
      allOf: [{ properties: { b: {} } }],
      anyOf: [{ properties: { c: {} } }],
      oneOf: [{ properties: { d: {} } }],
      if: { properties: { e: {} } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword.
      then: { properties: { f: {} } },
      else: { properties: { g: {} } },
      dependencies: { a: { properties: { h: {} } }, b: ['a'] },
      not: { properties: { never: {} } },
    });
    expect([...shape.properties.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'home']);
    expect([...(shape.properties.get('home')?.properties.keys() ?? [])]).toEqual(['street']);
  });

  it('accepts keys by patternProperties and explicit additionalProperties only', () => {
    const shape = buildDeclaredShape({ type: 'object', patternProperties: { '^x-': { type: 'string' } } });
    expect(shapeForKey(shape, 'x-trace')).toBeDefined();
    expect(shapeForKey(shape, 'other')).toBeUndefined();
    const open = buildDeclaredShape({ type: 'object', additionalProperties: { type: 'string' } });
    expect(shapeForKey(open, 'anything')).toBeDefined();
    const closed = buildDeclaredShape({ type: 'object', additionalProperties: false });
    expect(shapeForKey(closed, 'anything')).toBeUndefined();
  });

  it('describes array items, and turns recursive schemas into a cyclic shape', () => {
    const shape = buildDeclaredShape({
      type: 'object',
      properties: {
        list: { type: 'array', items: { type: 'object', properties: { n: {} } } },
        self: { $ref: '#' },
      },
    });
    expect([...(shape.properties.get('list')?.items?.properties.keys() ?? [])]).toEqual(['n']);
    const self = shape.properties.get('self');
    expect(self?.properties.get('self')).toBe(self);
    const twice = buildDeclaredShape({ type: 'object', properties: { a: { $ref: '#' }, b: { $ref: '#' } } });
    const a = twice.properties.get('a');
    expect(a?.properties.get('a')).toBe(a);
  });
});
