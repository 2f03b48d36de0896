/** Plain-text report lines for run-all.ts: one line per figure, one summary line per benchmark. */
import { type BenchResult, type Figure, meetsBudget } from './benchmark.ts';

export function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function withUnit(value: number, unit: string): string {
  return unit === '/s' ? `${formatNumber(value)}/s` : `${formatNumber(value)} ${unit}`;
}

function budgetText(figure: Figure): string {
  if (!figure.budget) return '';
  return `${figure.budget.kind === 'min' ? '>=' : '<='} ${withUnit(figure.budget.value, figure.unit)}`;
}

function verdict(figure: Figure): string {
  const met = meetsBudget(figure);
  return met === null ? '' : met ? 'PASS' : 'MISS';
}

function baselineText(figure: Figure): string {
  if (!figure.baseline) return '';
  const ratio = figure.baseline.value === 0 ? Number.NaN : figure.value / figure.baseline.value;
  return `${figure.baseline.label} ${withUnit(figure.baseline.value, figure.unit)}, ratio ${ratio.toFixed(2)}`;
}

export function formatResult(result: BenchResult): string {
  const lines: string[] = [];
  for (const note of result.notes) lines.push(`  ${note}`);
  const width = Math.max(...result.figures.map((f) => f.label.length));
  for (const figure of result.figures) {
    lines.push(
      [
        `  ${figure.label.padEnd(width)}`,
        withUnit(figure.value, figure.unit).padStart(12),
        (figure.budget ? `budget ${budgetText(figure)}` : '').padEnd(20),
        verdict(figure).padEnd(4),
        baselineText(figure),
      ]
        .join('  ')
        .trimEnd(),
    );
  }
  for (const check of result.checks)
    lines.push(`  ${check.ok ? 'ok  ' : 'FAIL'} ${check.label}: ${check.detail}`);
  for (const warning of result.warnings ?? []) lines.push(`  WARNING ${warning}`);
  return lines.join('\n');
}

/** `PASS intake: ...` when every budget and check holds, else `MISS intake: ...` naming what missed. */
export function formatSummary(name: string, result: BenchResult, seconds: number): string {
  const missed = [
    ...result.figures.filter((f) => meetsBudget(f) === false).map((f) => f.label),
    ...result.checks.filter((c) => !c.ok).map((c) => c.label),
  ];
  const figures = result.figures
    .map((f) => {
      const budget = f.budget ? ` (${budgetText(f)})` : '';
      const ratio = f.baseline ? `, ${(f.value / f.baseline.value).toFixed(2)}x ${f.baseline.label}` : '';
      return `${f.label} ${withUnit(f.value, f.unit)}${budget}${ratio}`;
    })
    .join('; ');
  const head = missed.length === 0 ? `PASS ${name}` : `MISS ${name} [${missed.join(', ')}]`;
  const warnings = result.warnings ?? [];
  const warned = warnings.length > 0 ? ` WARNING: ${warnings.join('; ')}` : '';
  return `${head}: ${figures} [${seconds.toFixed(0)} s]${warned}`;
}
