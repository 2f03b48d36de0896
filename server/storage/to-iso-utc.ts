/**
 * Normalises a timestamp to the one form the repository contract promises:
 * ISO 8601 in UTC with milliseconds (`2026-01-02T03:04:05.678Z`).
 *
 * SQLite stores it as text, and text only sorts chronologically when every value has the same
 * shape (`...05Z` would sort after `...05.678Z`). PostgreSQL returns `2026-01-02 03:04:05.678+00`,
 * which this turns back into the ISO form. An unparseable value is a programmer error and throws.
 */
export function toIsoUtc(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`toIsoUtc: not a timestamp: ${value}`);
  return date.toISOString();
}

/** As toIsoUtc, passing null through (for optional columns such as revokedAt). */
export function toIsoUtcOrNull(value: string | null): string | null {
  return value === null ? null : toIsoUtc(value);
}
