import { describe, expect, it } from 'vitest';
import { describeTarget } from './describe-target.ts';

describe('describeTarget', () => {
  it('says a whole number of one unit in words, with Latvian number agreement', () => {
    expect(describeTarget('P3D', 'lv')).toBe('3 dienas');
    expect(describeTarget('P1D', 'lv')).toBe('1 diena');
    expect(describeTarget('P21D', 'lv')).toBe('21 diena');
    expect(describeTarget('P11D', 'lv')).toBe('11 dienas');
    expect(describeTarget('P2W', 'en')).toBe('2 weeks');
    expect(describeTarget('P1M', 'en')).toBe('1 month');
    expect(describeTarget('PT1S', 'lv')).toBe('1 sekunde');
  });

  it('shows mixed, fractional or malformed durations as written', () => {
    expect(describeTarget('P1M15D', 'en')).toBe('P1M15D');
    expect(describeTarget('P1.5D', 'en')).toBe('P1.5D');
    expect(describeTarget('ten days', 'lv')).toBe('ten days');
  });
});
