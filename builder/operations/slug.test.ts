import { describe, expect, it } from 'vitest';
import { camelKey, kebabId, uniqueName } from './slug.ts';

describe('slugs', () => {
  it.each([
    ['Vārds, uzvārds', 'vardsUzvards'],
    ['Ģimenes locekļi (bērni)', 'gimenesLocekliBerni'],
    ['3. jautājums', 'field3Jautajums'],
    ['Фамилия', 'field'],
    ['a'.repeat(80), 'a'.repeat(40)],
  ])('camelKey(%j) is %j', (label, key) => {
    expect(camelKey(label)).toBe(key);
  });

  it('makes kebab ids with a fallback', () => {
    expect(kebabId('Par jums!', 'step')).toBe('par-jums');
    expect(kebabId('—', 'step')).toBe('step');
  });

  it('numbers names until one is free and never hands out a dangerous one', () => {
    expect(uniqueName('email', new Set(['email', 'email2']))).toBe('email3');
    expect(uniqueName('par-jums', new Set(['par-jums']), '-')).toBe('par-jums-2');
    expect(uniqueName('constructor', new Set())).toBe('constructor2');
  });
});
