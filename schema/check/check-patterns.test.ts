import { describe, expect, it } from 'vitest';
import { checkPatterns } from './check-patterns.ts';
import type { Issues } from './shape-helpers.ts';

const judge = (...patterns: string[]) => {
  const issues: Issues = [];
  checkPatterns(
    patterns.map((pattern, i) => ({ pattern, path: `/p/${i}` })),
    issues,
  );
  return issues.map((issue) => issue.code);
};

describe('checkPatterns', () => {
  it.each(['^LV-\\d{4}$', '^[A-Za-z ]{1,50}$', '^\\+371(?: ?\\d){8}$', '^[A-Z]{2}-\\d{1,4}$'])(
    'accepts %s',
    (pattern) => {
      expect(judge(pattern)).toEqual([]);
    },
  );

  it.each(['^(a+)+$', '(a|a)*$', '(\\d+)*x', '^[a-z]+[a-z]+$'])('refuses the catastrophic %s', (pattern) => {
    expect(judge(pattern)).toEqual(['unsafe_pattern']);
  });

  it('refuses invalid syntax under the u flag that ajv compiles with', () => {
    expect(judge('[a-', '^\\-$')).toEqual(['invalid_pattern', 'invalid_pattern']);
  });

  it('counts what it could not analyse in time as unsafe', () => {
    let now = 0;
    const issues: Issues = [];
    const clock = () => {
      now += 2_500; // every reading is 2.5 s later: the 4 s budget runs out after the first pattern
      return now;
    };
    checkPatterns(
      [
        { pattern: '^a$', path: '/0' },
        { pattern: '^b$', path: '/1' },
      ],
      issues,
      clock,
    );
    expect(issues).toEqual([expect.objectContaining({ code: 'unsafe_pattern', path: '/1' })]);
    expect(issues[0]?.message).toMatch(/time budget/);
    // Running out of time is not a verdict on the pattern: on a calmer call it is judged afresh.
    expect(judge('^b$')).toEqual([]);
  });
});
