import { describe, expect, it } from 'vitest';
import { isLvPersonalCode } from './lv-personal-code.ts';

describe('isLvPersonalCode', () => {
  it.each(['161175-19997', '061193-06460', '16117519997', '320000-00000', '32345678901'])(
    'accepts %s',
    (code) => {
      expect(isLvPersonalCode(code)).toBe(true);
    },
  );

  it('rejects a wrong check digit', () => {
    expect(isLvPersonalCode('180565-05611')).toBe(false);
    expect(isLvPersonalCode('161175-19998')).toBe(false);
  });

  it('rejects a date that does not exist, taking the century into account', () => {
    // 29 February 1900 did not exist (1900 is not a leap year); 29 February 2000 did.
    expect(isLvPersonalCode(withCheckDigit('290200-1123'))).toBe(false);
    expect(isLvPersonalCode(withCheckDigit('290200-2123'))).toBe(true);
    expect(isLvPersonalCode(withCheckDigit('311175-1999'))).toBe(false);
    expect(isLvPersonalCode(withCheckDigit('001175-1999'))).toBe(false);
  });

  it.each([
    '',
    '161175_19997',
    '161175-39997',
    '161175-1999',
    ' 161175-19997',
    '31234-567890',
    '30123456789',
  ])('rejects the shape %j', (code) => {
    expect(isLvPersonalCode(code)).toBe(false);
  });
});

/** Completes ten digits with the check digit, so date tests do not fail on the checksum. */
function withCheckDigit(first: string): string {
  const weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const digits = first.replace('-', '');
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return `${first}${((1101 - sum) % 11) % 10}`;
}
