import { describe, expect, it } from 'vitest';
import { DAY_MS } from './riga-calendar.ts';
import { isWorkingDay, workingMs } from './working-time.ts';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

describe('workingMs', () => {
  it('counts Monday to Friday in Riga local days', () => {
    // Monday 2 March 2026 10:00 Riga to Wednesday 4 March 10:00 Riga.
    expect(workingMs(at('2026-03-02T08:00:00Z'), at('2026-03-04T08:00:00Z'))).toBe(2 * DAY_MS);
    // Friday 10:00 to Monday 10:00: 14 hours of Friday and 10 of Monday.
    expect(workingMs(at('2026-03-06T08:00:00Z'), at('2026-03-09T08:00:00Z'))).toBe(DAY_MS);
  });

  it('leaves out the weekend by Riga time, not by UTC', () => {
    // Friday 23:30 UTC is already Saturday 01:30 in Riga: nothing of it is working time.
    expect(workingMs(at('2026-03-06T23:30:00Z'), at('2026-03-07T06:00:00Z'))).toBe(0);
    // Sunday 23:30 UTC is Monday 01:30 in Riga: the hour to 00:30 UTC counts.
    expect(workingMs(at('2026-03-08T23:30:00Z'), at('2026-03-09T00:30:00Z'))).toBe(HOUR);
  });

  it('leaves out public holidays: Easter 2026 leaves one working day from Friday to Tuesday', () => {
    expect(workingMs(at('2026-04-02T21:00:00Z'), at('2026-04-07T21:00:00Z'))).toBe(DAY_MS);
    expect(isWorkingDay(day('2026-11-18'))).toBe(false);
    expect(isWorkingDay(day('2026-11-19'))).toBe(true);
    expect(isWorkingDay(day('2025-05-05'))).toBe(false);
  });

  it('counts a whole working week across the change to summer time', () => {
    // Monday 23 March to Monday 30 March 2026 (summer time from Sunday 29 March).
    expect(workingMs(at('2026-03-22T22:00:00Z'), at('2026-03-29T21:00:00Z'))).toBe(5 * DAY_MS);
  });

  it('is zero for an empty or reversed interval', () => {
    expect(workingMs(at('2026-03-02T08:00:00Z'), at('2026-03-02T08:00:00Z'))).toBe(0);
    expect(workingMs(at('2026-03-03T08:00:00Z'), at('2026-03-02T08:00:00Z'))).toBe(0);
  });
});
