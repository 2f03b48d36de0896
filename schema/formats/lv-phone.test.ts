import { describe, expect, it } from 'vitest';
import { isLvPhone } from './lv-phone.ts';

describe('isLvPhone', () => {
  it.each(['+371 2612 3456', '+37126123456', '+371 26 123 456', '+371 67 012 345'])('accepts %j', (phone) => {
    expect(isLvPhone(phone)).toBe(true);
  });

  it.each([
    '26123456',
    '+371 2612 345',
    '+371 2612 34567',
    '+371  2612 3456',
    '+371 2612 3456 ',
    '+372 2612 3456',
    '00371 2612 3456',
    '+371-2612-3456',
  ])('rejects %j', (phone) => {
    expect(isLvPhone(phone)).toBe(false);
  });
});
