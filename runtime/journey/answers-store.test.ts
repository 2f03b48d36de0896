import { describe, expect, it } from 'vitest';
import { clearAnswers, loadAnswers, saveAnswers } from './answers-store.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('answers store', () => {
  it('keeps answers per service version until they are cleared', () => {
    const storage = memoryStorage();
    saveAnswers(storage, 'dog-licence', 2, { name: 'Rex', address: { city: 'Rīga' } });
    expect(loadAnswers(storage, 'dog-licence', 2)).toEqual({ name: 'Rex', address: { city: 'Rīga' } });
    expect(loadAnswers(storage, 'dog-licence', 1)).toBeUndefined();
    clearAnswers(storage, 'dog-licence', 2);
    expect(loadAnswers(storage, 'dog-licence', 2)).toBeUndefined();
  });

  it('treats broken contents and blocked storage as nothing saved', () => {
    const storage = memoryStorage();
    storage.setItem('runtime.answers.dog-licence@1', '[1,2]');
    expect(loadAnswers(storage, 'dog-licence', 1)).toBeUndefined();
    storage.setItem('runtime.answers.dog-licence@1', '{oops');
    expect(loadAnswers(storage, 'dog-licence', 1)).toBeUndefined();
    const blocked = {
      getItem: (): string => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
      removeItem: (): void => {
        throw new Error('SecurityError');
      },
    };
    expect(loadAnswers(blocked, 'dog-licence', 1)).toBeUndefined();
    expect(() => saveAnswers(blocked, 'dog-licence', 1, {})).not.toThrow();
    expect(() => clearAnswers(blocked, 'dog-licence', 1)).not.toThrow();
    expect(loadAnswers(undefined, 'dog-licence', 1)).toBeUndefined();
  });
});
