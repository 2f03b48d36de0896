import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../schema/check-definition.ts';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { copyCode, copyDefinition, createNewDefinition } from './new-definition.ts';

describe('createNewDefinition', () => {
  it('is a definition the checker reads, with at most the "no fields yet" issue', () => {
    const def = {
      ...createNewDefinition('dog-licence', { lv: 'Suņa reģistrācija', en: 'Dog licence' }),
      agency: 'x-agency',
    };
    const result = checkDefinition(def);
    const codes = result.ok ? [] : result.issues.map((i) => i.code);
    expect(codes.filter((c) => c !== 'root_not_object')).toEqual([]);
  });
});

describe('copyDefinition', () => {
  it('marks the titles and takes the new code, leaving the original alone', () => {
    const copy = copyDefinition(DECLARATION_OF_RESIDENCE, 'declaration-of-residence-kopija');
    expect(copy.code).toBe('declaration-of-residence-kopija');
    expect(copy.title.en).toBe('Declaration of residence (copy)');
    expect(copy.state).toBe('draft');
    expect(DECLARATION_OF_RESIDENCE.title.en).toBe('Declaration of residence');
  });
});

describe('copyCode', () => {
  it('finds the next free code within 64 characters', () => {
    expect(copyCode('abc', new Set())).toBe('abc-kopija');
    expect(copyCode('abc', new Set(['abc-kopija']))).toBe('abc-kopija-2');
    expect(copyCode('a'.repeat(64), new Set()).length).toBeLessThanOrEqual(64);
  });
});
