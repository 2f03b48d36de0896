/**
 * A request's processing clock (issue 7, service statistics), kept up to date with every status
 * change so that a service's figures never need its whole history: the time the agency has had
 * the request so far, in calendar and working milliseconds, leaving out the periods in which the
 * applicant was being waited for.
 *
 * - The clock starts at submission and runs in every status except `awaiting_applicant` (the
 *   applicant's turn) and `withdrawn` (nothing to do); it starts again when the request moves on.
 * - The first decision (`completed` or `rejected`) stops it for good: a request reopened later
 *   keeps the time of its first decision (service-statistics.ts reads histories the same way).
 * - A request is open while it is neither decided nor withdrawn: only open requests can be overdue.
 *
 * Pure: the stores keep one row of this per request and move it in the status change's own
 * transaction (sqlite/postgres statistics stores).
 */
import { workingMs } from './working-time.ts';

export type Decision = 'completed' | 'rejected';

export interface ProcessingClock {
  calendarMs: number;
  workingMs: number;
  /** When the clock last started (epoch ms); null while it stands. Time since then is not added yet. */
  runningSinceMs: number | null;
  open: boolean;
  decision: Decision | null;
  decidedAtMs: number | null;
}

const isDecision = (status: string): status is Decision => status === 'completed' || status === 'rejected';

/** One object shape for every clock (the backfill folds millions of changes through here). */
function clockOf(
  calendarMs: number,
  workingMs: number,
  runningSinceMs: number | null,
  open: boolean,
  decision: Decision | null,
  decidedAtMs: number | null,
): ProcessingClock {
  return { calendarMs, workingMs, runningSinceMs, open, decision, decidedAtMs };
}

/** The clock of a request just submitted at `atMs`. */
export function startClock(atMs: number): ProcessingClock {
  return clockOf(0, 0, atMs, true, null, null);
}

/**
 * The clock after the request moved to `status` at `atMs` (never earlier than the previous change:
 * the registry refuses stale changes).
 * @example advanceClock(startClock(0), 'awaiting_applicant', 86_400_000).calendarMs // 86_400_000
 */
export function advanceClock(clock: ProcessingClock, status: string, atMs: number): ProcessingClock {
  if (clock.decision !== null) return clock;
  let calendar = clock.calendarMs;
  let working = clock.workingMs;
  const since = clock.runningSinceMs;
  if (since !== null && atMs > since) {
    calendar += atMs - since;
    working += workingMs(since, atMs);
  }
  if (isDecision(status)) return clockOf(calendar, working, null, false, status, atMs);
  if (status === 'withdrawn') return clockOf(calendar, working, null, false, null, null);
  if (status === 'awaiting_applicant') return clockOf(calendar, working, null, true, null, null);
  return clockOf(calendar, working, atMs, true, null, null);
}

/** The clock of a whole history, oldest first (the backfill of requests older than the clocks). */
export function clockFromHistory(events: ReadonlyArray<{ status: string; at: string }>): ProcessingClock {
  const [first, ...rest] = events;
  if (!first) throw new Error('clockFromHistory: a request history starts with its submission');
  let clock = startClock(Date.parse(first.at));
  for (const event of rest) clock = advanceClock(clock, event.status, Date.parse(event.at));
  return clock;
}

/** Calendar time the agency has had the request by `nowMs`. */
export function calendarMsSoFar(clock: ProcessingClock, nowMs: number): number {
  return clock.calendarMs + (clock.runningSinceMs === null ? 0 : Math.max(0, nowMs - clock.runningSinceMs));
}
