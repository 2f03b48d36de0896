import { describe, expect, it } from 'vitest';
import { nextOptionValue } from './option-values.ts';

describe('nextOptionValue', () => {
  it('picks a value no option has', () => {
    const label = { lv: 'a', en: 'a' };
    expect(nextOptionValue([])).toBe('option-1');
    expect(nextOptionValue([{ value: 'option-2', label }])).toBe('option-3');
    expect(
      nextOptionValue([
        { value: 'x', label },
        { value: 'option-3', label },
      ]),
    ).toBe('option-4');
  });
});
