import { describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { conditionIdFor, defaultValue, newRule, ruleFields } from './rule-defaults.ts';

describe('ruleFields', () => {
  it('offers the answerable top-level fields other than the target', () => {
    const fields = ruleFields(DECLARATION_OF_RESIDENCE.form, 'ownerConsent');
    const keys = fields.map((f) => f.key);
    expect(keys).toContain('housingBasis');
    expect(keys).not.toContain('ownerConsent');
    expect(keys).not.toContain('address');
    expect(fields.find((f) => f.key === 'housingBasis')?.ops).toEqual(['is', 'is_not', 'is_one_of']);
  });
});

describe('newRule and defaultValue', () => {
  it('starts with the first comparison and a value that fits', () => {
    const basis = ruleFields(DECLARATION_OF_RESIDENCE.form, 'x').find((f) => f.key === 'housingBasis')!;
    expect(newRule(basis)).toEqual({ field: 'housingBasis', op: 'is', value: 'owner' });
    expect(defaultValue(basis.schema, 'is_one_of')).toEqual(['owner']);
    expect(defaultValue({ type: 'boolean' }, 'is')).toBe(true);
    expect(defaultValue({ type: 'integer' }, 'greater_than')).toBe(0);
  });
});

describe('conditionIdFor', () => {
  it('spells keys in the id alphabet and avoids clashes', () => {
    expect(conditionIdFor('ownerConsent', [])).toBe('show-owner-consent');
    const existing = [
      { id: 'show-a', target: { kind: 'field' as const, id: 'a' }, join: 'all' as const, rules: [] },
    ];
    expect(conditionIdFor('a', existing)).toBe('show-a-2');
  });
});
