/**
 * ISO 8601 durations (`PnYnMnWnDTnHnMnS`), used for a service's target processing time.
 *
 * Why our own parser: `Temporal.Duration` is not in Node 20 or every browser yet, and the grammar
 * is small. We follow ISO 8601-1:2019, which lets weeks combine with other units, and accept a
 * decimal fraction (`.` or `,`) only on the last, smallest unit, as the standard says.
 */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const NUMBER = String.raw`(\d{1,9}(?:[.,]\d{1,9})?)`;
/* Every group is optional but ordered, so the expression cannot backtrack more than linearly. */
const DURATION_PATTERN = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?` +
    `(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

/**
 * Parses an ISO 8601 duration, or returns null when the text is not one.
 * @example parseIsoDuration('P1M10D') // { years: 0, months: 1, weeks: 0, days: 10, ... }
 */
export function parseIsoDuration(text: string): IsoDuration | null {
  if (typeof text !== 'string' || text.length > 100) return null;
  const match = DURATION_PATTERN.exec(text);
  if (!match) return null;
  const parts = match.slice(1);
  const present = parts.map((part) => part !== undefined);
  // `P` alone and a `T` without a time unit say nothing (ISO 8601-1:2019 5.5.2.4).
  if (!present.includes(true)) return null;
  if (text.includes('T') && !present.slice(4).includes(true)) return null;
  const lastPresent = present.lastIndexOf(true);
  const duration: IsoDuration = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  for (const [index, part] of parts.entries()) {
    if (part === undefined) continue;
    const hasFraction = /[.,]/.test(part);
    if (hasFraction && index !== lastPresent) return null;
    duration[UNITS[index]!] = Number(part.replace(',', '.'));
  }
  return duration;
}

/** True when the text is an ISO 8601 duration longer than zero. */
export function isPositiveIsoDuration(text: string): boolean {
  const duration = parseIsoDuration(text);
  return duration !== null && UNITS.some((unit) => duration[unit] > 0);
}
