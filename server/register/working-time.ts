/**
 * Working time between two instants (issue 7): the part of the interval that falls on working
 * days in Riga, i.e. Monday to Friday, local calendar days, without Latvian public holidays.
 * Whole days count, not office hours: a request that waits over a working day has waited one
 * working day, whatever the hour.
 */
import { isLatvianPublicHoliday } from './latvian-public-holidays.ts';
import { calendarDate, rigaDayNumber, rigaDayStart } from './riga-calendar.ts';

/** Answers by day number: the statistics ask about the same few hundred days millions of times. */
const workingDays = new Map<number, boolean>();

/** True when the Riga calendar day is a working day (Monday-Friday, not a public holiday). */
export function isWorkingDay(dayNumber: number): boolean {
  let working = workingDays.get(dayNumber);
  if (working === undefined) {
    const date = calendarDate(dayNumber);
    working =
      date.weekday !== 0 && date.weekday !== 6 && !isLatvianPublicHoliday(date.year, date.month, date.day);
    workingDays.set(dayNumber, working);
  }
  return working;
}

/**
 * Milliseconds of [start, end) that fall on working days in Riga; 0 when end <= start.
 * @example workingMs(Date.parse('2026-04-02T21:00:00Z'), Date.parse('2026-04-07T21:00:00Z')) // 86_400_000: only Tuesday 7 April (Good Friday and Easter Monday are off)
 */
export function workingMs(start: number, end: number): number {
  let total = 0;
  let cursor = start;
  let day = rigaDayNumber(start);
  while (cursor < end) {
    const dayEnd = Math.min(end, dayStartOf(day + 1));
    if (isWorkingDay(day)) total += dayEnd - cursor;
    cursor = dayEnd;
    day += 1;
  }
  return total;
}

const dayStarts = new Map<number, number>();

function dayStartOf(dayNumber: number): number {
  let startsAt = dayStarts.get(dayNumber);
  if (startsAt === undefined) {
    startsAt = rigaDayStart(dayNumber);
    dayStarts.set(dayNumber, startsAt);
  }
  return startsAt;
}
