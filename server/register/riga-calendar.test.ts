import { describe, expect, it } from 'vitest';
import { calendarDate, DAY_MS, rigaDayNumber, rigaDayStart, rigaOffsetMs } from './riga-calendar.ts';

const rigaParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});
/** The system time-zone database's answer: the Riga date and hour of an instant. */
function rigaDateOf(instant: number): { date: string; hour: number } {
  const parts = Object.fromEntries(rigaParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}
const isoDay = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

describe('Riga calendar days', () => {
  it('puts late-evening UTC instants on the next Riga day, in winter and in summer', () => {
    expect(isoDay(rigaDayNumber(Date.parse('2026-01-05T21:59:59Z')))).toBe('2026-01-05');
    expect(isoDay(rigaDayNumber(Date.parse('2026-01-05T22:00:00Z')))).toBe('2026-01-06');
    expect(isoDay(rigaDayNumber(Date.parse('2026-07-05T20:59:59Z')))).toBe('2026-07-05');
    expect(isoDay(rigaDayNumber(Date.parse('2026-07-05T21:00:00Z')))).toBe('2026-07-06');
  });

  it('switches to summer time and back at 01:00 UTC on the last Sundays of March and October', () => {
    expect(rigaOffsetMs(Date.parse('2026-03-29T00:59:59Z'))).toBe(2 * 3_600_000);
    expect(rigaOffsetMs(Date.parse('2026-03-29T01:00:00Z'))).toBe(3 * 3_600_000);
    expect(rigaOffsetMs(Date.parse('2026-10-25T00:59:59Z'))).toBe(3 * 3_600_000);
    expect(rigaOffsetMs(Date.parse('2026-10-25T01:00:00Z'))).toBe(2 * 3_600_000);
    // The day of the change is 23 and 25 hours long.
    const march29 = rigaDayNumber(Date.parse('2026-03-29T12:00:00Z'));
    expect(rigaDayStart(march29 + 1) - rigaDayStart(march29)).toBe(23 * 3_600_000);
    const october25 = rigaDayNumber(Date.parse('2026-10-25T12:00:00Z'));
    expect(rigaDayStart(october25 + 1) - rigaDayStart(october25)).toBe(25 * 3_600_000);
  });

  it('agrees with the system time-zone database on every day from 2001 to 2040', () => {
    const disagreements: string[] = [];
    const first = Date.UTC(2001, 0, 1) / DAY_MS;
    const last = Date.UTC(2040, 11, 31) / DAY_MS;
    for (let day = first; day <= last; day += 1) {
      const start = rigaDayStart(day);
      const atMidnight = rigaDateOf(start);
      const justBefore = rigaDateOf(start - 1);
      if (atMidnight.date !== isoDay(day) || atMidnight.hour !== 0 || justBefore.date === isoDay(day)) {
        disagreements.push(isoDay(day));
      }
      // Mid-afternoon too, which crosses the summer-time switch on its own day.
      if (rigaDayNumber(start + 15 * 3_600_000) !== day) disagreements.push(`${isoDay(day)} 15:00`);
    }
    expect(disagreements).toEqual([]);
  });

  it('names the date and weekday of a day number', () => {
    expect(calendarDate(Date.UTC(2026, 3, 5) / DAY_MS)).toEqual({ year: 2026, month: 4, day: 5, weekday: 0 });
  });
});
