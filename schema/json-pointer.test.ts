import { describe, expect, it } from 'vitest';
import { appendPointer, escapePointerToken, parsePointer } from './json-pointer.ts';

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
