import { describe, expect, it } from 'vitest';
import { allowedPosition } from './allowed-position.ts';

const complete = () => true;

describe('allowedPosition', () => {
  it('starts at the first step and goes anywhere when every earlier step is complete', () => {
    expect(allowedPosition(undefined, 3, complete)).toBe(1);
    expect(allowedPosition(3, 3, complete)).toBe(3);
    expect(allowedPosition('check', 3, complete)).toBe('check');
  });

  it('sends a jump ahead to the first incomplete step, and checks only the steps before', () => {
    const asked: number[] = [];
    const secondIncomplete = (index: number) => {
      asked.push(index);
      return index !== 1;
    };
    expect(allowedPosition(3, 4, secondIncomplete)).toBe(2);
    expect(asked).toEqual([0, 1]);
    expect(allowedPosition('check', 4, (index) => index !== 3)).toBe(4);
    expect(allowedPosition(2, 4, secondIncomplete)).toBe(2);
  });

  it('reads a step beyond the form as its last step', () => {
    expect(allowedPosition(9, 2, complete)).toBe(2);
    expect(allowedPosition(1, 1, () => false)).toBe(1);
  });
});
