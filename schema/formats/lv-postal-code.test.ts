import { describe, expect, it } from 'vitest';
import { isLvPostalCode } from './lv-postal-code.ts';

describe('isLvPostalCode', () => {
  it('accepts LV-NNNN', () => {
    expect(isLvPostalCode('LV-1050')).toBe(true);
  });

  it.each(['1050', 'LV1050', 'lv-1050', 'LV-105', 'LV-10500', 'LV-1050 '])('rejects %j', (code) => {
    expect(isLvPostalCode(code)).toBe(false);
  });
});
