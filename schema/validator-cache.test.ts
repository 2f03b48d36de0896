import { describe, expect, it, vi } from 'vitest';
import { createAjv } from './ajv-setup.ts';
import type { JsonSchema } from './json-schema.ts';
import { createValidatorCache } from './validator-cache.ts';

const schemaFor = (name: string): JsonSchema => ({
  type: 'object',
  properties: { [name]: { type: 'string' } },
});

describe('createValidatorCache', () => {
  it('compiles once per key', () => {
    const ajv = createAjv();
    const compile = vi.spyOn(ajv, 'compile');
    const cache = createValidatorCache(ajv, 2);
    const first = cache.get('a@1', schemaFor('a'));
    expect(cache.get('a@1', schemaFor('a'))).toBe(first);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(first({ a: 'x' })).toEqual({ ok: true });
  });

  it('evicts the least recently used entry and frees it in ajv', () => {
    const ajv = createAjv();
    const removeSchema = vi.spyOn(ajv, 'removeSchema');
    const cache = createValidatorCache(ajv, 2);
    const schemaA = schemaFor('a');
    cache.get('a@1', schemaA);
    cache.get('b@1', schemaFor('b'));
    cache.get('a@1', schemaA);
    cache.get('c@1', schemaFor('c'));
    expect(cache.size).toBe(2);
    expect(removeSchema).toHaveBeenCalledTimes(1);
    expect(removeSchema.mock.calls[0]?.[0]).toEqual(schemaFor('b'));
  });

  it('refuses a meaningless bound', () => {
    expect(() => createValidatorCache(createAjv(), 0)).toThrow(/maxEntries/);
  });
});
