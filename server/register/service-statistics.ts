/**
 * Service statistics from the central status history (issue 7, P12): how long requests really
 * take. Pure: figures in, figures out.
 *
 * - A request counts as decided when its history reaches `completed` or `rejected` (a withdrawn
 *   request says nothing about the agency's speed).
 * - Its processing time runs from submission to the first decision, leaving out every period
 *   spent in `awaiting_applicant` (the clock is the applicant's then) or `withdrawn`.
 * - Working days are Riga calendar days, Monday to Friday, without Latvian public holidays
 *   (working-time.ts says what that does not cover).
 * - "Within target" compares calendar time with the service's target processing time; an open
 *   request (neither decided nor withdrawn now) whose calendar time so far is past the target is
 *   overdue.
 *
 * Two ways in, one way out: the stores aggregate their per-request clocks (processing-clock.ts)
 * in SQL, `aggregateFromHistories` reads whole histories (the reference the stores are tested
 * against, and the benchmark's baseline); `toServiceStatistics` turns either into the figures.
 */
import { parseIsoDuration } from '../../schema/iso-duration.ts';
import { DAY_MS } from './riga-calendar.ts';
import { workingMs } from './working-time.ts';

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
  /** Open requests whose time so far is past the target. */
  overdue: number;
  /** For the chart: decided requests by working days taken. */
  histogram: Array<{ label: string; from: number; to: number | null; count: number }>;
}

/** What the stores are asked: everything in milliseconds, so SQL compares integers. */
export interface StatisticsQuery {
  /** The target processing time; null when the service's target is not a duration. */
  targetMs: number | null;
  nowMs: number;
  /** The chart's buckets of working time, [from, to) (to null: open-ended). */
  histogramMs: ReadonlyArray<readonly [number, number | null]>;
}

/** Sum, maximum and the 50th and 90th percentiles (nearest rank) of decided requests' times. */
export interface DurationAggregate {
  sumMs: number;
  maxMs: number;
  p50Ms: number;
  p90Ms: number;
}

/** What the stores answer. */
export interface StatisticsAggregate {
  requests: number;
  decided: number;
  calendar: DurationAggregate | null;
  working: DurationAggregate | null;
  /** Decided requests within the target; null without a target. */
  withinTarget: number | null;
  overdue: number;
  /** Decided requests per `histogramMs` bucket, in the same order. */
  histogram: number[];
}

const DECISIONS = new Set(['completed', 'rejected']);
const STOPPED = new Set(['awaiting_applicant', 'withdrawn']);
const BUCKET_DAYS: Array<[number, number | null]> = [
  [0, 1],
  [1, 3],
  [3, 5],
  [5, 10],
  [10, 20],
  [20, null],
];

/**
 * Nearest-rank percentile: the 0-based position in the ascending list of `count` values (the
 * same as PostgreSQL's percentile_disc).
 * @example percentileIndex(0.9, 10) // 8
 */
export function percentileIndex(fraction: number, count: number): number {
  return Math.min(count - 1, Math.max(0, Math.ceil(fraction * count) - 1));
}

/** The target as days (months as 30 days, years as 365), or null when it is not a duration. */
export function targetDays(iso: string): number | null {
  const d = parseIsoDuration(iso);
  if (!d) return null;
  return (
    d.years * 365 + d.months * 30 + d.weeks * 7 + d.days + (d.hours + d.minutes / 60 + d.seconds / 3600) / 24
  );
}

/** The question for the stores, from the service's target (ISO 8601 duration) and the time now. */
export function statisticsQuery(targetProcessingTime: string, now: Date): StatisticsQuery {
  const days = targetDays(targetProcessingTime);
  return {
    targetMs: days === null ? null : Math.round(days * DAY_MS),
    nowMs: now.getTime(),
    histogramMs: BUCKET_DAYS.map(([from, to]) => [from * DAY_MS, to === null ? null : to * DAY_MS] as const),
  };
}

/** Calendar and working milliseconds from the first entry to `until`, while the clock ran. */
function clockTime(events: readonly HistoryEvent[], until: number): { calendar: number; working: number } {
  let calendar = 0;
  let working = 0;
  for (const [index, event] of events.entries()) {
    const start = Date.parse(event.at);
    if (start >= until) break;
    const next = events[index + 1];
    const end = Math.min(until, next ? Date.parse(next.at) : until);
    if (STOPPED.has(event.status) || end <= start) continue;
    calendar += end - start;
    working += workingMs(start, end);
  }
  return { calendar, working };
}

function durationAggregate(values: number[]): DurationAggregate | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return {
    sumMs: values.reduce((sum, v) => sum + v, 0),
    maxMs: sorted[sorted.length - 1]!,
    p50Ms: sorted[percentileIndex(0.5, sorted.length)]!,
    p90Ms: sorted[percentileIndex(0.9, sorted.length)]!,
  };
}

/**
 * The aggregate straight from every request's whole history (oldest first): the reference
 * computation, linear in the number of status changes.
 */
export function aggregateFromHistories(
  histories: ReadonlyArray<readonly HistoryEvent[]>,
  query: StatisticsQuery,
): StatisticsAggregate {
  const calendar: number[] = [];
  const working: number[] = [];
  let overdue = 0;
  for (const events of histories) {
    if (events.length === 0) continue;
    const decision = events.find((event) => DECISIONS.has(event.status));
    if (decision) {
      const time = clockTime(events, Date.parse(decision.at));
      calendar.push(time.calendar);
      working.push(time.working);
    } else if (events[events.length - 1]!.status !== 'withdrawn' && query.targetMs !== null) {
      if (clockTime(events, query.nowMs).calendar > query.targetMs) overdue += 1;
    }
  }
  const targetMs = query.targetMs;
  return {
    requests: histories.length,
    decided: calendar.length,
    calendar: durationAggregate(calendar),
    working: durationAggregate(working),
    withinTarget: targetMs === null ? null : calendar.filter((ms) => ms <= targetMs).length,
    overdue,
    histogram: query.histogramMs.map(
      ([from, to]) => working.filter((ms) => ms >= from && (to === null || ms < to)).length,
    ),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function figures(aggregate: DurationAggregate | null, count: number): DurationFigures | null {
  if (!aggregate || count === 0) return null;
  return {
    average: round1(aggregate.sumMs / count / DAY_MS),
    median: round1(aggregate.p50Ms / DAY_MS),
    p90: round1(aggregate.p90Ms / DAY_MS),
    max: round1(aggregate.maxMs / DAY_MS),
  };
}

/** The figures in days, as the API and the service page show them. */
export function toServiceStatistics(aggregate: StatisticsAggregate): ServiceStatistics {
  const { decided } = aggregate;
  return {
    requests: aggregate.requests,
    decided,
    calendarDays: figures(aggregate.calendar, decided),
    workingDays: figures(aggregate.working, decided),
    withinTarget:
      decided === 0 || aggregate.withinTarget === null
        ? null
        : Math.round((aggregate.withinTarget / decided) * 1000) / 1000,
    overdue: aggregate.overdue,
    histogram: BUCKET_DAYS.map(([from, to], index) => ({
      label: to === null ? `${from}+` : `${from}-${to}`,
      from,
      to,
      count: aggregate.histogram[index] ?? 0,
    })),
  };
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
  return toServiceStatistics(aggregateFromHistories(histories, statisticsQuery(targetProcessingTime, now)));
}
