/**
 * Regular expressions in `pattern` and `patternProperties` run on every submission, on the server
 * and in the browser, against text the public types. Each must be short, valid with the `u` flag
 * (ajv compiles patterns with it, option `unicodeRegExp`) and unable to backtrack
 * catastrophically. redos-detector decides the last; what it cannot decide within the budget
 * counts as unsafe, because "probably fine" is how ReDoS incidents start.
 */
import { isSafePattern } from 'redos-detector';
import { LIMITS } from '../definition-issue.ts';
import type { Issues } from './shape-helpers.ts';

/**
 * Work limits for the analysis. `maxSteps` decides, so the verdict is the same on every machine:
 * 5000 steps settle realistic patterns (`^\+371(?: ?\d){8}$` needs more than 2000, ~100 ms here)
 * and stop `(a|a)*$` in ~250 ms. The time limits are only a backstop that keeps a pathological
 * pattern, or hundreds of them, from holding a request for more than a few seconds; they are
 * generous because a busy machine runs the same analysis several times slower (a realistic
 * pattern must not turn "unsafe" because the server was busy).
 */
export const PATTERN_ANALYSIS_BUDGET = {
  maxStepsPerPattern: 5_000,
  timeoutPerPatternMs: 3_000,
  totalTimeoutMs: 4_000,
} as const;

/**
 * Verdicts the analysis reached by its step limit are the same on every run, so each pattern is
 * analysed once per process (forms reuse a handful of patterns in every save and publish). A
 * verdict that came from running out of time is not remembered: a calmer moment may decide it.
 * Bounded; the oldest verdict goes first.
 */
const decided = new Map<string, Verdict>();
const MAX_REMEMBERED = 2_000;

function remember(pattern: string, verdict: Verdict): Verdict {
  decided.set(pattern, verdict);
  if (decided.size > MAX_REMEMBERED) decided.delete(decided.keys().next().value!);
  return verdict;
}

type Verdict =
  | { ok: true }
  | { ok: false; code: 'pattern_too_long' | 'invalid_pattern' | 'unsafe_pattern'; message: string };

/** Checks each pattern once (repeats share the verdict) and reports issues at their paths. */
export function checkPatterns(
  patterns: ReadonlyArray<{ pattern: string; path: string }>,
  issues: Issues,
  now: () => number = Date.now,
): void {
  const deadline = now() + PATTERN_ANALYSIS_BUDGET.totalTimeoutMs;
  const verdicts = new Map<string, Verdict>();
  for (const { pattern, path } of patterns) {
    let verdict = verdicts.get(pattern);
    if (!verdict) {
      verdict = decided.get(pattern) ?? judgePattern(pattern, deadline - now());
      verdicts.set(pattern, verdict);
    }
    if (!verdict.ok) issues.push({ code: verdict.code, path, message: verdict.message });
  }
}

function judgePattern(pattern: string, remainingMs: number): Verdict {
  if (pattern.length > LIMITS.maxPatternLength) {
    return remember(pattern, {
      ok: false,
      code: 'pattern_too_long',
      message: `A pattern may be at most ${LIMITS.maxPatternLength} characters long.`,
    });
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return remember(pattern, {
      ok: false,
      code: 'invalid_pattern',
      message: `Not a valid regular expression: ${String(error)}`,
    });
  }
  if (remainingMs <= 0) {
    return {
      ok: false,
      code: 'unsafe_pattern',
      message: 'The pattern could not be analysed within the time budget.',
    };
  }
  try {
    const result = isSafePattern(pattern, {
      unicode: true,
      maxSteps: PATTERN_ANALYSIS_BUDGET.maxStepsPerPattern,
      timeout: Math.min(PATTERN_ANALYSIS_BUDGET.timeoutPerPatternMs, remainingMs),
    });
    if (result.safe) return remember(pattern, { ok: true });
    const reason =
      result.error === 'hitMaxScore' || result.error === null
        ? 'the same text can match it in too many ways (catastrophic backtracking)'
        : 'it could not be shown safe within the analysis budget';
    const verdict: Verdict = {
      ok: false,
      code: 'unsafe_pattern',
      message: `The pattern is unsafe: ${reason}.`,
    };
    return result.error === 'timedOut' ? verdict : remember(pattern, verdict);
  } catch {
    return remember(pattern, {
      ok: false,
      code: 'unsafe_pattern',
      message: 'The pattern uses syntax the safety analysis cannot read.',
    });
  }
}
