import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv-setup.ts';
import { createFormValidator } from './form-validator.ts';
import type { JsonSchema } from './json-schema.ts';

const schema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['email', 'isOwner'],
  properties: {
    email: { type: 'string', format: 'email' },
    postalCode: { type: 'string', pattern: '^LV-\\d{4}$' },
    name: { type: 'string', maxLength: 5 },
    isOwner: { type: 'boolean' },
    kind: {
      type: 'string',
      oneOf: [
        { const: 'a', title: 'A' },
        { const: 'b', title: 'B' },
      ],
    },
    children: {
      type: 'array',
      maxItems: 10,
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
    hasCar: { type: 'boolean' },
  },
  allOf: [{ properties: { nickname: { type: 'string' } } }],
  if: { properties: { isOwner: { const: false } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword, not a thenable (a non-function `then` is ignored by await).
  then: { required: ['ownerName'], properties: { ownerName: { type: 'string' } } },
  dependencies: { hasCar: { properties: { plate: { type: 'string' } } }, name: ['email'] },
};

const validate = createFormValidator(createAjv(), schema);

function issuesOf(data: unknown) {
  const result = validate(data);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe('createFormValidator', () => {
  it('accepts valid data, including keys declared in allOf, then and dependencies', () => {
    expect(
      validate({
        email: 'a@b.lv',
        isOwner: false,
        ownerName: 'X',
        nickname: 'N',
        hasCar: true,
        plate: 'AB-1',
      }),
    ).toEqual({
      ok: true,
    });
  });

  it('points required issues at the missing property', () => {
    expect(issuesOf({ isOwner: false })).toEqual(
      expect.arrayContaining([
        { code: 'required', path: '/email' },
        { code: 'required', path: '/ownerName' },
      ]),
    );
    expect(issuesOf({ isOwner: false })).toHaveLength(2);
  });

  it('reports format, pattern and maxLength with the ajv keyword as code', () => {
    expect(issuesOf({ email: 'nope', isOwner: true, postalCode: '1050', name: 'Jānis Bērziņš' })).toEqual([
      { code: 'format', path: '/email' },
      { code: 'pattern', path: '/postalCode' },
      { code: 'maxLength', path: '/name' },
    ]);
  });

  it('reports a choice outside the list once, not once per option', () => {
    expect(issuesOf({ email: 'a@b.lv', isOwner: true, kind: 'c' })).toEqual([
      { code: 'oneOf', path: '/kind' },
    ]);
  });

  it('reports keys the schema does not declare, at any depth', () => {
    expect(
      issuesOf({ email: 'a@b.lv', isOwner: true, isAdmin: true, children: [{ name: 'A', age: 3 }] }),
    ).toEqual([
      { code: 'unknown_property', path: '/isAdmin' },
      { code: 'unknown_property', path: '/children/0/age' },
    ]);
  });

  it('refuses prototype keys anywhere and stops there', () => {
    const data = JSON.parse(
      '{"email":"x","children":[{"name":"A","__proto__":{"isAdmin":true}}],"constructor":1}',
    );
    expect(issuesOf(data)).toEqual([
      { code: 'forbidden_key', path: '/constructor' },
      { code: 'forbidden_key', path: '/children/0/__proto__' },
    ]);
  });

  it('reports an explicit additionalProperties: false once, as unknown_property', () => {
    const closed = createFormValidator(createAjv(), {
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: false,
    });
    const result = closed({ a: 'x', b: 1 });
    expect(result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'unknown_property', path: '/b' },
    ]);
  });

  it('escapes keys in paths (RFC 6901)', () => {
    expect(issuesOf({ email: 'a@b.lv', isOwner: true, 'a/b': 1 })).toEqual([
      { code: 'unknown_property', path: '/a~1b' },
    ]);
  });

  it('answers a non-object with a type issue and does not throw on deep data', () => {
    expect(issuesOf('text')).toEqual([{ code: 'type', path: '' }]);
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(issuesOf({ email: 'a@b.lv', isOwner: true, children: deep })[0]?.code).toBe('type');
  });

  it('reports an answer to a hidden question once, at that question', () => {
    const conditional = createFormValidator(createAjv(), {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { hasPet: { type: 'boolean' }, petName: { type: 'string' } },
      allOf: [
        {
          if: { properties: { hasPet: { const: true } }, required: ['hasPet'] },
          else: { propertyNames: { not: { enum: ['petName'] } } },
        },
      ],
    });
    const result = conditional({ hasPet: false, petName: 'Rex' });
    expect(result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'propertyNames', path: '/petName' },
    ]);
    expect(conditional({ hasPet: true, petName: 'Rex' })).toEqual({ ok: true });
  });
});
