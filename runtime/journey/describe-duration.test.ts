import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { lv } from '../i18n/lv.ts';
import { describeDuration } from './describe-duration.ts';

describe('describeDuration', () => {
  it('says simple durations with Latvian number agreement', () => {
    expect(describeDuration('P1D', lv.duration)).toBe('1 dienas');
    expect(describeDuration('P10D', lv.duration)).toBe('10 dienu');
    expect(describeDuration('P11D', lv.duration)).toBe('11 dienu');
    expect(describeDuration('P21D', lv.duration)).toBe('21 dienas');
    expect(describeDuration('P2W', en.duration)).toBe('2 weeks');
    expect(describeDuration('P1M', en.duration)).toBe('1 month');
  });

  it('leaves mixed, zero or malformed durations unsaid', () => {
    expect(describeDuration('P1M15D', en.duration)).toBeUndefined();
    expect(describeDuration('P0D', en.duration)).toBeUndefined();
    expect(describeDuration('PT36H', en.duration)).toBeUndefined();
    expect(describeDuration('ten days', en.duration)).toBeUndefined();
  });
});
