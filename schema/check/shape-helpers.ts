/**
 * Small readers the shape checks share. Each one reports `invalid_shape` with a path and a
 * sentence that names what was expected, so one wrong field gives one clear issue.
 */
import type { DefinitionIssue } from '../definition-issue.ts';
import { appendPointer } from '../json-pointer.ts';

export type Issues = DefinitionIssue[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function shapeIssue(path: string, message: string): DefinitionIssue {
  return { code: 'invalid_shape', path, message };
}

/** Reports the object when it is not one; returns it typed when it is. */
export function readRecord(value: unknown, path: string, what: string, issues: Issues) {
  if (isRecord(value)) return value;
  issues.push(shapeIssue(path, `${what} must be an object, not ${describeValue(value)}.`));
  return undefined;
}

export function readArray(value: unknown, path: string, what: string, issues: Issues): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  issues.push(shapeIssue(path, `${what} must be an array, not ${describeValue(value)}.`));
  return undefined;
}

/** Model objects are closed: an unknown key is most often a typo that would silently do nothing. */
export function checkKnownKeys(
  record: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  issues: Issues,
): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      issues.push(
        shapeIssue(appendPointer(path, key), `Unknown property "${key}"; expected ${allowed.join(', ')}.`),
      );
    }
  }
}

export function checkNonEmptyString(
  value: unknown,
  path: string,
  what: string,
  issues: Issues,
): value is string {
  if (typeof value === 'string' && value.trim() !== '') return true;
  issues.push(shapeIssue(path, `${what} must be a non-empty string.`));
  return false;
}

export function checkOneOf(
  value: unknown,
  allowed: readonly string[],
  path: string,
  what: string,
  issues: Issues,
): boolean {
  if (typeof value === 'string' && allowed.includes(value)) return true;
  issues.push(shapeIssue(path, `${what} must be one of ${allowed.join(', ')}.`));
  return false;
}

/** LocalizedText: people read both languages, so neither may be empty (the builder shows which). */
export function checkLocalizedText(value: unknown, path: string, what: string, issues: Issues): void {
  const text = readRecord(value, path, what, issues);
  if (!text) return;
  checkKnownKeys(text, ['lv', 'en'], path, issues);
  checkNonEmptyString(text.lv, appendPointer(path, 'lv'), `${what} in Latvian`, issues);
  checkNonEmptyString(text.en, appendPointer(path, 'en'), `${what} in English`, issues);
}
