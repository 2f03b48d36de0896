import { describe, expect, it } from 'vitest';
import { advanceClock, calendarMsSoFar, clockFromHistory, startClock } from './processing-clock.ts';

const DAY = 86_400_000;
// Monday 2 March 2026, 10:00 in Riga.
const MONDAY = Date.parse('2026-03-02T08:00:00Z');
const iso = (days: number) => new Date(MONDAY + days * DAY).toISOString();

describe('processing clock', () => {
  it('stands while the applicant is awaited and runs again when the agency moves on', () => {
    const clock = clockFromHistory([
      { status: 'submitted', at: iso(0) },
      { status: 'received', at: iso(0.5) },
      { status: 'awaiting_applicant', at: iso(1) },
      { status: 'in_progress', at: iso(3) },
    ]);
    expect(clock).toEqual({
      calendarMs: DAY,
      workingMs: DAY,
      runningSinceMs: MONDAY + 3 * DAY,
      open: true,
      decision: null,
      decidedAtMs: null,
    });
    expect(calendarMsSoFar(clock, MONDAY + 4 * DAY)).toBe(2 * DAY);
  });

  it('stops for good at the first decision, with its time', () => {
    const decided = advanceClock(startClock(MONDAY), 'rejected', MONDAY + 4 * DAY);
    expect(decided).toMatchObject({
      calendarMs: 4 * DAY,
      workingMs: 4 * DAY,
      open: false,
      decision: 'rejected',
    });
    expect(advanceClock(decided, 'in_progress', MONDAY + 5 * DAY)).toBe(decided);
    expect(calendarMsSoFar(decided, MONDAY + 30 * DAY)).toBe(4 * DAY);
  });

  it('closes at withdrawal and opens again when reopened', () => {
    const withdrawn = advanceClock(startClock(MONDAY), 'withdrawn', MONDAY + DAY);
    expect(withdrawn).toMatchObject({ open: false, runningSinceMs: null, calendarMs: DAY });
    expect(advanceClock(withdrawn, 'in_progress', MONDAY + 7 * DAY)).toMatchObject({
      open: true,
      runningSinceMs: MONDAY + 7 * DAY,
      calendarMs: DAY,
    });
  });

  it('counts working time over the weekend as none', () => {
    // Friday 10:00 to the next Monday 10:00, Riga.
    expect(advanceClock(startClock(MONDAY + 4 * DAY), 'completed', MONDAY + 7 * DAY).workingMs).toBe(DAY);
  });
});
