/**
 * Calendar days as people in Latvia count them: in the Europe/Riga time zone, not UTC (issue 7:
 * a request submitted at 01:30 on a Tuesday in Riga was submitted on Tuesday, although it is
 * still Monday 23:30 in UTC).
 *
 * Europe/Riga is EET (UTC+2) with EU summer time (UTC+3) from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October (Directive 2000/84/EC). Computed here rather
 * than through Intl so that the statistics' hot loops stay cheap; riga-calendar.test.ts checks it
 * against the system's time-zone database day by day.
 *
 * Not covered: years before 2001 (Latvia kept no summer time in 2000 and had other rules before),
 * and any future change of the EU rule (then this file changes with the law).
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Milliseconds of the last Sunday of `month` (0-based) in `year`, 01:00 UTC. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY_MS + HOUR_MS;
}

/** Summer time of each year asked about, [start, end) in epoch ms: a few years, asked millions of times. */
const summerTimes = new Map<number, readonly [number, number]>();

function summerTimeOf(year: number): readonly [number, number] {
  let range = summerTimes.get(year);
  if (!range) {
    range = [lastSundayAt0100Utc(year, 2), lastSundayAt0100Utc(year, 9)];
    summerTimes.set(year, range);
  }
  return range;
}

/** Offset of Riga's local time from UTC at an instant: 2 or 3 hours, in ms. */
export function rigaOffsetMs(instant: number): number {
  const [start, end] = summerTimeOf(new Date(instant).getUTCFullYear());
  return instant >= start && instant < end ? 3 * HOUR_MS : 2 * HOUR_MS;
}

/**
 * The Riga calendar day of an instant, as a day number (days since 1970-01-01).
 * @example rigaDayNumber(Date.parse('2026-01-05T23:30:00Z')) // 20459, which is 2026-01-06 in Riga
 */
export function rigaDayNumber(instant: number): number {
  return Math.floor((instant + rigaOffsetMs(instant)) / DAY_MS);
}

/** The instant a Riga calendar day begins (local midnight). */
export function rigaDayStart(dayNumber: number): number {
  // Summer time switches at 03:00 or 04:00 local time, never at midnight: the offset two hours
  // before the UTC midnight of that date is the one in force at local midnight.
  const utcMidnight = dayNumber * DAY_MS;
  return utcMidnight - rigaOffsetMs(utcMidnight - 2 * HOUR_MS);
}

/** A day number as year, month (1-12), day of month and weekday (0 = Sunday). */
export function calendarDate(dayNumber: number): {
  year: number;
  month: number;
  day: number;
  weekday: number;
} {
  const date = new Date(dayNumber * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}
