import { describe, expect, it } from 'vitest';
import { deepFreeze } from './testing/deep-freeze.ts';
import { getIn, updateIn, withKeyBefore } from './update-in.ts';

describe('updateIn', () => {
  const root = deepFreeze({ a: { b: { c: 1 } }, other: { x: 1 } });

  it('copies only the path', () => {
    const next = updateIn(root, ['a', 'b', 'c'], () => 2);
    expect(next).toEqual({ a: { b: { c: 2 } }, other: { x: 1 } });
    expect(next.other).toBe(root.other);
  });

  it('removes a key with undefined, creates missing objects, and returns the input when nothing changed', () => {
    expect(updateIn(root, ['a', 'b', 'c'], () => undefined)).toEqual({ a: { b: {} }, other: { x: 1 } });
    expect(
      getIn(
        updateIn(root, ['new', 'deep'], () => 3),
        ['new', 'deep'],
      ),
    ).toBe(3);
    expect(updateIn(root, ['a', 'b', 'c'], (value) => value)).toBe(root);
  });

  it('keeps __proto__ as data', () => {
    const next = updateIn({}, ['__proto__', 'polluted'], () => true) as Record<string, unknown>;
    expect(Object.hasOwn(next, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('inserts a key before another', () => {
    expect(Object.keys(withKeyBefore({ a: 1, c: 3 }, 'b', 2, 'c'))).toEqual(['a', 'b', 'c']);
  });
});
