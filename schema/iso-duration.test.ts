import { describe, expect, it } from 'vitest';
import { isPositiveIsoDuration, parseIsoDuration } from './iso-duration.ts';

describe('parseIsoDuration', () => {
  it('reads every unit', () => {
    expect(parseIsoDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
  });

  it('tells months from minutes by the T', () => {
    expect(parseIsoDuration('P1M')?.months).toBe(1);
    expect(parseIsoDuration('PT1M')?.minutes).toBe(1);
  });

  it('accepts a fraction on the smallest unit only, with . or ,', () => {
    expect(parseIsoDuration('PT1.5H')?.hours).toBe(1.5);
    expect(parseIsoDuration('P0,5D')?.days).toBe(0.5);
    expect(parseIsoDuration('P1.5DT2H')).toBeNull();
  });

  it.each([
    '',
    'P',
    'PT',
    'P1DT',
    '10D',
    'P-1D',
    'P1D2M',
    'p1d',
    'P1H',
    'PT1D',
    'P 1D',
    'P1.D',
    `P${'1'.repeat(200)}D`,
  ])('rejects %j', (text) => {
    expect(parseIsoDuration(text)).toBeNull();
  });
});

describe('isPositiveIsoDuration', () => {
  it('wants a duration longer than zero for a processing time', () => {
    expect(isPositiveIsoDuration('P10D')).toBe(true);
    expect(isPositiveIsoDuration('P0D')).toBe(false);
    expect(isPositiveIsoDuration('ten days')).toBe(false);
  });
});
