/**
 * What a benchmark is, for run-all.ts: a named async function that measures and returns figures.
 * A benchmark reports; it never fails the run because a budget was missed (the figures are the
 * point, and a noisy machine must not turn CI red). It throws only when it could not measure.
 */

/** A budget is a bound the figure must stay on the right side of. */
export interface Budget {
  /** `min`: the figure must be at least `value` (a rate); `max`: at most `value` (a latency). */
  kind: 'min' | 'max';
  value: number;
}

export interface Figure {
  /** What was measured, e.g. `HTTP intake rate`. */
  label: string;
  value: number;
  /** Printed after the number: `/s`, `ms`, `%`. */
  unit: string;
  budget?: Budget;
  /** A reference measured in the same run (e.g. the in-process limit); the ratio is printed. */
  baseline?: { label: string; value: number };
}

/** A yes/no fact the figures rest on (every 201 was stored, no errors): printed, and counted as a miss. */
export interface Check {
  label: string;
  ok: boolean;
  detail: string;
}

export interface BenchResult {
  figures: Figure[];
  checks: Check[];
  /** Free-form lines worth reading beside the figures (settings, counts). */
  notes: string[];
  /** Why the figures may not be trusted (e.g. another process took CPU); shown in the summary. */
  warnings?: string[];
}

export interface Benchmark {
  /** Short id used to pick benchmarks on the command line: `npm run bench -- intake`. */
  name: string;
  /** One line: what is measured and against which budget. */
  title: string;
  run(): Promise<BenchResult>;
}

export function meetsBudget(figure: Figure): boolean | null {
  if (!figure.budget) return null;
  return figure.budget.kind === 'min'
    ? figure.value >= figure.budget.value
    : figure.value <= figure.budget.value;
}
