import { describe, expect, it } from 'vitest';
import { suggestCode } from './suggest-code.ts';

describe('suggestCode', () => {
  it('prefers the English title', () => {
    expect(suggestCode({ lv: 'Dzīvesvietas deklarēšana', en: 'Declaration of residence' })).toBe(
      'declaration-of-residence',
    );
  });

  it('drops Latvian marks when only the Latvian title is there', () => {
    expect(suggestCode({ lv: 'Suņa reģistrācija — 2026', en: '' })).toBe('suna-registracija-2026');
  });

  it('keeps within 64 characters without a trailing hyphen', () => {
    const code = suggestCode({ lv: '', en: `${'a'.repeat(63)} b` });
    expect(code).toBe('a'.repeat(63));
  });

  it('answers empty when nothing usable remains', () => {
    expect(suggestCode({ lv: '!!', en: 'ab' })).toBe('');
  });
});
