import { describe, expect, it } from 'vitest';
import { findUnsafeJson } from './json-body.ts';

describe('findUnsafeJson', () => {
  it('finds prototype-polluting keys at any depth', () => {
    expect(findUnsafeJson(JSON.parse('{"a":[{"b":{"__proto__":{"x":1}}}]}'))).toEqual({
      code: 'forbidden_key',
      path: '/a/0/b/__proto__',
    });
    expect(findUnsafeJson({ constructor: 1 })).toEqual({ code: 'forbidden_key', path: '/constructor' });
  });

  it('finds text PostgreSQL cannot store: NUL and lone surrogates, in values and keys', () => {
    expect(findUnsafeJson({ name: 'a\u0000b' })).toEqual({ code: 'invalid_text', path: '/name' });
    expect(findUnsafeJson({ name: 'x\uD800' })).toEqual({ code: 'invalid_text', path: '/name' });
    expect(findUnsafeJson({ 'k\uDC00': 1 })?.code).toBe('invalid_text');
  });

  it('accepts ordinary data, including emoji and Latvian letters', () => {
    expect(
      findUnsafeJson({ name: 'Jānis Ķēniņš 😀', list: [1, null, true], nested: { a: { b: 'c' } } }),
    ).toBeNull();
  });

  it('refuses hostile nesting instead of overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(findUnsafeJson(deep)?.code).toBe('forbidden_key');
  });
});
