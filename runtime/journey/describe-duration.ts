import type { UiStrings } from '../i18n/ui-strings.ts';

const SIMPLE_DURATION = /^P(\d+)([DWM])$/;

/**
 * Says a target processing time like `P10D` in words ("10 dienu" / "10 days"), or `undefined`
 * when it is not a single whole number of days, weeks or months: a mixed duration such as
 * `P1M15D` is better left unsaid than said clumsily.
 *
 * @example describeDuration('P2W', en.duration) // '2 weeks'
 */
export function describeDuration(iso: string, words: UiStrings['duration']): string | undefined {
  const match = SIMPLE_DURATION.exec(iso);
  if (!match) return undefined;
  const count = Number(match[1]);
  if (count === 0) return undefined;
  switch (match[2]) {
    case 'D':
      return words.days(count);
    case 'W':
      return words.weeks(count);
    default:
      return words.months(count);
  }
}
