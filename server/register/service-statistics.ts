/**
 * Service statistics from the central status history (issue 7, P12): how long requests really
 * take. Pure: histories in, figures out.
 *
 * - A request counts as decided when its history reaches `completed` or `rejected` (a withdrawn
 *   request says nothing about the agency's speed).
 * - Its processing time runs from the first entry (submitted) to the first decision, leaving out
 *   every period spent in `awaiting_applicant` (the clock is the applicant's then).
 * - Working days count Monday to Friday only, in UTC; public holidays are not subtracted yet.
 * - "Within target" compares calendar days with the service's target processing time.
 */
import { parseIsoDuration } from '../../schema/iso-duration.ts';

export interface HistoryEvent {
  status: string;
  at: string;
}

export interface DurationFigures {
  average: number;
  median: number;
  p90: number;
  max: number;
}

export interface ServiceStatistics {
  /** Every request in the register for the service. */
  requests: number;
  /** Decided requests (completed or rejected), the base of every figure below. */
  decided: number;
  calendarDays: DurationFigures | null;
  workingDays: DurationFigures | null;
  /** Share (0-1) of decided requests decided within the target; null without decided requests or target. */
  withinTarget: number | null;
  /** Requests not decided yet whose time so far is past the target. */
  overdue: number;
  /** For the chart: decided requests by working days taken. */
  histogram: Array<{ label: string; from: number; to: number | null; count: number }>;
}

const DAY_MS = 86_400_000;
const DECISIONS = new Set(['completed', 'rejected']);
const CLOSED = new Set(['completed', 'rejected', 'withdrawn']);
const BUCKETS: Array<[number, number | null]> = [
  [0, 1],
  [1, 3],
  [3, 5],
  [5, 10],
  [10, 20],
  [20, null],
];

/** Milliseconds of Monday-Friday (UTC) between two instants. */
export function workingMs(start: number, end: number): number {
  let total = 0;
  let cursor = start;
  while (cursor < end) {
    const dayEnd = Math.min(end, (Math.floor(cursor / DAY_MS) + 1) * DAY_MS);
    const weekday = new Date(cursor).getUTCDay();
    if (weekday !== 0 && weekday !== 6) total += dayEnd - cursor;
    cursor = dayEnd;
  }
  return total;
}

/** Calendar and working milliseconds from the first entry to `until`, without awaiting_applicant periods. */
function clockTime(events: readonly HistoryEvent[], until: number): { calendar: number; working: number } {
  let calendar = 0;
  let working = 0;
  for (const [index, event] of events.entries()) {
    const start = Date.parse(event.at);
    if (start >= until) break;
    const next = events[index + 1];
    const end = Math.min(until, next ? Date.parse(next.at) : until);
    if (event.status === 'awaiting_applicant' || end <= start) continue;
    calendar += end - start;
    working += workingMs(start, end);
  }
  return { calendar, working };
}

function figures(values: number[]): DurationFigures | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    average: round(sorted.reduce((sum, v) => sum + v, 0) / sorted.length),
    median: round(at(0.5)),
    p90: round(at(0.9)),
    max: round(sorted[sorted.length - 1]!),
  };
}

/** The target as days (months as 30 days, years as 365), or null when it is not a duration. */
export function targetDays(iso: string): number | null {
  const d = parseIsoDuration(iso);
  if (!d) return null;
  return (
    d.years * 365 + d.months * 30 + d.weeks * 7 + d.days + (d.hours + d.minutes / 60 + d.seconds / 3600) / 24
  );
}

/**
 * @param histories each request's status history, oldest first
 * @example computeServiceStatistics([[{ status: 'submitted', at: '2026-01-05T08:00:00Z' }, { status: 'completed', at: '2026-01-07T08:00:00Z' }]], 'P5D', new Date()).calendarDays?.median // 2
 */
export function computeServiceStatistics(
  histories: ReadonlyArray<readonly HistoryEvent[]>,
  targetProcessingTime: string,
  now: Date,
): ServiceStatistics {
  const target = targetDays(targetProcessingTime);
  const calendar: number[] = [];
  const working: number[] = [];
  let overdue = 0;
  for (const events of histories) {
    if (events.length === 0) continue;
    const decision = events.find((event) => DECISIONS.has(event.status));
    if (decision) {
      const time = clockTime(events, Date.parse(decision.at));
      calendar.push(time.calendar / DAY_MS);
      working.push(time.working / DAY_MS);
    } else if (!events.some((event) => CLOSED.has(event.status)) && target !== null) {
      if (clockTime(events, now.getTime()).calendar / DAY_MS > target) overdue += 1;
    }
  }
  return {
    requests: histories.length,
    decided: calendar.length,
    calendarDays: figures(calendar),
    workingDays: figures(working),
    withinTarget:
      calendar.length === 0 || target === null
        ? null
        : Math.round((calendar.filter((days) => days <= target).length / calendar.length) * 1000) / 1000,
    overdue,
    histogram: BUCKETS.map(([from, to]) => ({
      label: to === null ? `${from}+` : `${from}-${to}`,
      from,
      to,
      count: working.filter((days) => days >= from && (to === null || days < to)).length,
    })),
  };
}
