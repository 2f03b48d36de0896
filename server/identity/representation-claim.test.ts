import { describe, expect, it } from 'vitest';
import {
  formatRepresentationClaim,
  parseRepresentationClaim,
  parseRepresentationClaims,
} from './representation-claim.ts';

describe('parseRepresentationClaim', () => {
  it('reads a company representative (new-form personal code)', () => {
    expect(parseRepresentationClaim('PK:321111-12345-UR:40003032949')).toEqual({
      kind: 'company',
      personalCode: '321111-12345',
      registrationNumber: '40003032949',
    });
  });

  it('reads a power of attorney and returns hyphenated personal codes', () => {
    expect(parseRepresentationClaim('DP:16117519997-PK:020385-14728')).toEqual({
      kind: 'person',
      grantorPersonalCode: '161175-19997',
      personalCode: '020385-14728',
    });
  });

  it.each([
    ['lower-case prefix', 'pk:321111-12345-UR:40003032949'],
    ['company checksum wrong', 'PK:321111-12345-UR:40003032948'],
    ['personal code check digit wrong', 'PK:161175-19998-UR:40003032949'],
    ['impossible birth date', 'DP:311175-19997-PK:020385-14728'],
    ['surrounding space', ' PK:321111-12345-UR:40003032949'],
    ['trailing text', 'PK:321111-12345-UR:40003032949x'],
    ['swapped parts', 'UR:40003032949-PK:321111-12345'],
    ['DP without PK', 'DP:161175-19997'],
    ['mixed kinds', 'DP:161175-19997-UR:40003032949'],
    ['power of attorney to oneself', 'DP:161175-19997-PK:161175-19997'],
    ['empty', ''],
    ['not a string', 42],
  ])('refuses %s', (_label, value) => {
    expect(parseRepresentationClaim(value)).toBeNull();
  });

  it('round-trips with formatRepresentationClaim', () => {
    for (const text of ['PK:321111-12345-UR:40003032949', 'DP:161175-19997-PK:020385-14728']) {
      const parsed = parseRepresentationClaim(text);
      expect(parsed && formatRepresentationClaim(parsed)).toBe(text);
    }
  });
});

describe('parseRepresentationClaims', () => {
  it('keeps the valid entries and reports the rest', () => {
    const result = parseRepresentationClaims(['PK:321111-12345-UR:40003032949', 'PK:bogus', 7]);
    expect(result.valid).toHaveLength(1);
    expect(result.rejected).toEqual(['PK:bogus', 7]);
  });

  it('treats a missing claim as no representations and a non-array as rejected', () => {
    expect(parseRepresentationClaims(undefined)).toEqual({ valid: [], rejected: [] });
    expect(parseRepresentationClaims('PK:321111-12345-UR:40003032949').valid).toEqual([]);
  });
});
