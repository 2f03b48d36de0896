/**
 * `npm run bench`: runs every benchmark in turn and prints each figure beside its budget.
 * `npm run bench -- intake` runs only the benchmarks whose name contains `intake`.
 *
 * Exit code: 0 when every benchmark measured, budgets met or not (a benchmark reports; it is not
 * a test); 1 only when a benchmark could not run at all (server did not start, bad payload...).
 */
import type { Benchmark } from './benchmark.ts';
import { formatResult, formatSummary } from './format-report.ts';

/** Add a benchmark here, one line each. Loaded lazily, so a filtered run imports only its own. */
const BENCHMARKS: ReadonlyArray<() => Promise<{ benchmark: Benchmark }>> = [
  () => import('./intake-bench.ts'),
  () => import('./delivery-bench.ts'),
  () => import('./catalogue-bench.ts'),
  () => import('./statistics-bench.ts'),
  () => import('../../e2e/bench/runtime-form.bench.ts'),
  () => import('../../e2e/builder/bench/builder.bench.ts'),
];

const filters = process.argv.slice(2);
const summaries: string[] = [];
let failedToRun = 0;

for (const load of BENCHMARKS) {
  const { benchmark } = await load();
  if (filters.length > 0 && !filters.some((f) => benchmark.name.includes(f))) continue;
  console.log(`\n=== ${benchmark.name}: ${benchmark.title}`);
  const started = performance.now();
  try {
    const result = await benchmark.run();
    const seconds = (performance.now() - started) / 1000;
    console.log(formatResult(result));
    summaries.push(formatSummary(benchmark.name, result, seconds));
  } catch (error) {
    failedToRun += 1;
    console.error(`  could not run: ${(error as Error).stack ?? String(error)}`);
    summaries.push(`ERROR ${benchmark.name}: could not run (${(error as Error).message})`);
  }
}

if (summaries.length === 0) console.log(`No benchmark matches ${filters.join(' ')}.`);
else console.log(`\n${summaries.join('\n')}`);
process.exit(failedToRun > 0 ? 1 : 0);
