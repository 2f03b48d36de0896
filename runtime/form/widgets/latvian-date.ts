const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_DATE = /^\s*(\d{1,2})\s*[./\- ]\s*(\d{1,2})\s*[./\- ]\s*(\d{4})\s*\.?\s*$/;

/**
 * What a typed date is stored as: `16.11.1975` (also `16/11/1975`, `16-11-1975`, `1.2.2003`)
 * becomes the ISO date `1975-11-16` that the schema's `format: date` expects; an ISO date stays
 * as it is; anything else is kept as typed, so validation says it is not a date instead of the
 * answer silently disappearing. Whether the day exists is the validator's question.
 *
 * @example storedDate('1.2.2003') // '2003-02-01'
 */
export function storedDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (ISO_DATE.test(trimmed)) return trimmed;
  const match = TYPED_DATE.exec(trimmed);
  if (!match) return text;
  const [, day, month, year] = match;
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}

/** How a stored date is shown in the field: `1975-11-16` as `16.11.1975`. */
export function shownDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = ISO_DATE.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}
