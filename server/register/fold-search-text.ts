/**
 * Text folding and query words for the catalogue search (issue 7), shared by both engines so
 * they find the same services. Folding takes off diacritics and case ("Dzīvesvieta" and
 * "dzivesvieta" are one word to a person typing on a phone without Latvian keys). The query is
 * cut into words of letters and digits only, so quotes, operators, brackets or FTS/tsquery
 * syntax in what a person types are never handed to the database as syntax.
 */

const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/** Lower case, no combining marks (ā -> a, š -> s, ģ -> g). */
export function foldSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words to search for: folded, letters and digits only, at most 8 of up to 40 characters.
 * @example searchWords('"Dzīves*vieta" OR NEAR(x') // ['dzives', 'vieta', 'or', 'near', 'x']
 */
export function searchWords(query: string): string[] {
  const words = foldSearchText(query.slice(0, 500)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_WORD_LENGTH)))].slice(0, MAX_WORDS);
}

/** SQLite FTS5: every word as a quoted prefix, all required (`"dzives"* "vieta"*`). */
export function toFts5Query(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

/** PostgreSQL to_tsquery: every word as a prefix, all required (`dzives:* & vieta:*`). */
export function toTsQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}
