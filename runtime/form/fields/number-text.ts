import { asNumber, getDecimalSeparator } from '@rjsf/utils';

const TRAILING_WITH_PREFIX = /\.([0-9]*0)*$/;
const TRAILING = /[0.]0*$/;

let separator: string | undefined;
/**
 * The browser's decimal separator (`,` for Latvian), worked out once per page, not per field, and
 * only once a number is shown or typed: the first `Intl.NumberFormat` of a page sets up the
 * locale's number data, which an empty form need not wait for.
 */
export function decimalSeparator(): string {
  separator ??= getDecimalSeparator();
  return separator;
}

/**
 * What a number question's text means as an answer, as @rjsf/core 6.11's NumberField reads it
 * (Apache-2.0): the locale's decimal comma read as a point, `.5` as `0.5`, a trailing `.` or
 * zeros kept out of the number while typing, and text that is not a number kept as typed (the
 * checker then says so).
 *
 * @example numberAnswer('12,5') // 12.5 where the decimal separator is a comma
 */
export function numberAnswer(text: unknown): unknown {
  const standard = typeof text === 'string' ? text.replace(decimalSeparator(), '.') : text;
  const normalised = `${standard}`.startsWith('.') ? `0${standard}` : standard;
  return typeof normalised === 'string' && TRAILING_WITH_PREFIX.exec(normalised)
    ? asNumber(normalised.replace(TRAILING, ''))
    : asNumber(normalised as string);
}

/**
 * What a number question shows for its answer: the text last typed while it still means the
 * answer (`12.` or `12.50` stay as typed), otherwise the answer, with the locale's decimal comma
 * when the control is a text box (`12,5` in Latvian).
 */
export function shownNumber(lastTyped: unknown, answer: unknown, textControl: boolean): unknown {
  let value = answer;
  if (typeof lastTyped === 'string' && typeof value === 'number') {
    const canonical = lastTyped.replace(decimalSeparator(), '.');
    const escaped = String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`^(${escaped})?\\.?0*$`).test(canonical)) value = lastTyped;
  }
  if (typeof value === 'number' && textControl && decimalSeparator() !== '.') {
    return String(value).replace('.', decimalSeparator());
  }
  return value;
}
