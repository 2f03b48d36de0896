import { describe, expect, it } from 'vitest';
import { findConditionCycles } from '../check/find-condition-cycles.ts';
import type { FormCondition } from '../service-definition.ts';

const show = (
  id: string,
  target: string,
  reads: string,
  kind: 'field' | 'step' = 'field',
): FormCondition => ({
  id,
  target: { kind, id: target },
  join: 'all',
  rules: [{ field: reads, op: 'is', value: true }],
});

describe('findConditionCycles', () => {
  const steps = new Map([['s', ['a', 'b']]]);

  it('finds none in a chain', () => {
    expect(findConditionCycles([show('x', 'b', 'a'), show('y', 'c', 'b')], steps)).toEqual([]);
  });

  it('blames every condition on a circle', () => {
    expect(
      findConditionCycles([show('x', 'b', 'a'), show('y', 'a', 'b'), show('z', 'c', 'a')], steps),
    ).toEqual([0, 1]);
  });

  it('sees a field that reveals itself, also through its step', () => {
    expect(findConditionCycles([show('x', 'a', 'a')], steps)).toEqual([0]);
    expect(findConditionCycles([show('x', 's', 'b', 'step')], steps)).toEqual([0]);
  });
});
