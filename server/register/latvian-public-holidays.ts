/**
 * Latvian public holidays (svētku dienas) that are days off, by the law "Par svētku, atceres un
 * atzīmējamām dienām" (Section 1 and 2.1): 1 January, Good Friday, Easter Sunday and Monday,
 * 1 May, 4 May, Midsummer (23 and 24 June), 18 November, 24, 25, 26 and 31 December. When 4 May
 * or 18 November falls on a Saturday or a Sunday, the next working day (the Monday) is a day off.
 * Pentecost and Mother's Day are holidays too, but always Sundays, so they change no working day.
 *
 * Not covered, on purpose (no rule computes them; they would be data, kept by an administrator):
 * - one-off days off proclaimed by the government or the Saeima (e.g. 29 May 2023 after the ice
 *   hockey bronze, the Song and Dance Festival closing days);
 * - Saturdays made working days when a working day between two holidays is moved (Cabinet
 *   orders "par darbdienas pārcelšanu");
 * - Orthodox and Old Believers' Easter and Christmas, which the law lets believers take off but
 *   which are not general days off;
 * - the history of the law: the current rules apply to every year (4 May became a day off in
 *   2002, 24 and 31 December later still).
 */

/**
 * Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * @example easterSunday(2026) // { month: 4, day: 5 }
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const FIXED = ['01-01', '05-01', '05-04', '06-23', '06-24', '11-18', '12-24', '12-25', '12-26', '12-31'];
const MOVED_FROM_WEEKEND = ['05-04', '11-18'];

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Every day off by the law in one year, as ISO dates (YYYY-MM-DD), in order.
 * @example latvianPublicHolidays(2025).includes('2025-05-05') // true: 4 May 2025 is a Sunday
 */
export function latvianPublicHolidays(year: number): string[] {
  const pad = (n: number) => String(n).padStart(4, '0');
  const days = new Set(FIXED.map((monthDay) => `${pad(year)}-${monthDay}`));
  const easter = easterSunday(year);
  const easterTime = Date.UTC(year, easter.month - 1, easter.day);
  for (const offset of [-2, 0, 1]) days.add(iso(easterTime + offset * 86_400_000));
  for (const monthDay of MOVED_FROM_WEEKEND) {
    const [month, day] = monthDay.split('-').map(Number) as [number, number];
    const time = Date.UTC(year, month - 1, day);
    const weekday = new Date(time).getUTCDay();
    if (weekday === 6) days.add(iso(time + 2 * 86_400_000));
    if (weekday === 0) days.add(iso(time + 86_400_000));
  }
  return [...days].sort();
}

/** Cached per year: the statistics ask about the same few years a million times. */
const byYear = new Map<number, ReadonlySet<string>>();

/** True when the date (month 1-12) is a day off by the law. */
export function isLatvianPublicHoliday(year: number, month: number, day: number): boolean {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(latvianPublicHolidays(year));
    byYear.set(year, days);
  }
  return days.has(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}
