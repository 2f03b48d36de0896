import { describe, expect, it } from 'vitest';
import { readLanguagePreference, writeLanguagePreference } from './language-preference.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('language preference', () => {
  it('starts in Latvian and remembers a choice of English', () => {
    const storage = memoryStorage();
    expect(readLanguagePreference(storage)).toBe('lv');
    writeLanguagePreference(storage, 'en');
    expect(readLanguagePreference(storage)).toBe('en');
  });

  it('ignores unknown stored values and blocked storage', () => {
    const storage = memoryStorage();
    storage.setItem('runtime.language', 'de');
    expect(readLanguagePreference(storage)).toBe('lv');
    const blocked = {
      getItem: (): string => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readLanguagePreference(blocked)).toBe('lv');
    expect(() => writeLanguagePreference(blocked, 'en')).not.toThrow();
    expect(readLanguagePreference(undefined)).toBe('lv');
  });
});
