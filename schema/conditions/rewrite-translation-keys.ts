import type { FieldText } from '../service-definition.ts';
import { defineOwn } from './compiled-entry.ts';

/**
 * Translations are keyed by JSON Pointer into the form schema, so they follow a field whenever
 * its schema moves. Returns a new map with each key rewritten: `undefined` keeps the key, `null`
 * drops the entry; when two keys land on one place, the later one wins. Returns `en` itself when
 * nothing changed, so unchanged definitions keep sharing structure.
 * @example rewriteTranslationKeys(en, (key) => (key.startsWith('/properties/a') ? null : undefined))
 */
export function rewriteTranslationKeys(
  en: Record<string, FieldText>,
  rewrite: (pointer: string) => string | null | undefined,
): Record<string, FieldText> {
  const result: Record<string, FieldText> = {};
  let changed = false;
  for (const [pointer, text] of Object.entries(en)) {
    const next = rewrite(pointer);
    if (next === null) {
      changed = true;
      continue;
    }
    if (next !== undefined && next !== pointer) changed = true;
    defineOwn(result, next ?? pointer, text);
  }
  return changed ? result : en;
}

/**
 * A rewrite that moves everything at or under `from` to `to` (or drops it, with `to` null).
 * @example movePointerPrefix('/properties/a', '/properties/b')('/properties/a/oneOf/0') // '/properties/b/oneOf/0'
 */
export function movePointerPrefix(from: string, to: string | null) {
  return (pointer: string): string | null | undefined => {
    if (pointer !== from && !pointer.startsWith(`${from}/`)) return undefined;
    return to === null ? null : to + pointer.slice(from.length);
  };
}
