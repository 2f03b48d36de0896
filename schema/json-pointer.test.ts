import { describe, expect, it } from 'vitest';
import { appendPointer, escapePointerToken, parsePointer, resolveLocalRef } from './json-pointer.ts';

describe('json-pointer', () => {
  it('escapes ~ and / so that tokens round-trip', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(appendPointer('/form', 'properties', 'a/b', 0)).toBe('/form/properties/a~1b/0');
    expect(parsePointer('/properties/a~1b~0c')).toEqual(['properties', 'a/b~c']);
  });

  it('reads ~01 as the literal ~1 (RFC 6901 section 4)', () => {
    expect(parsePointer('/~01')).toEqual(['~1']);
  });

  it('rejects what is not a pointer', () => {
    expect(parsePointer('properties/a')).toBeNull();
    expect(parsePointer('/a~2')).toBeNull();
    expect(parsePointer('')).toEqual([]);
  });
});

describe('resolveLocalRef', () => {
  const root = { definitions: { 'a b': { type: 'string' }, 'x/y': 1 }, list: [10, 20] };

  it('follows URI-encoded pointers and array indexes', () => {
    expect(resolveLocalRef(root, '#/definitions/a%20b')).toEqual({ type: 'string' });
    expect(resolveLocalRef(root, '#/definitions/x~1y')).toBe(1);
    expect(resolveLocalRef(root, '#/list/1')).toBe(20);
    expect(resolveLocalRef(root, '#')).toBe(root);
  });

  it('finds nothing outside own properties or for non-local refs', () => {
    expect(resolveLocalRef(root, '#/definitions/constructor')).toBeUndefined();
    expect(resolveLocalRef(root, '#/__proto__')).toBeUndefined();
    expect(resolveLocalRef(root, 'other.json#/a')).toBeUndefined();
    expect(resolveLocalRef(root, '#/%E0%A4%A')).toBeUndefined();
  });
});
