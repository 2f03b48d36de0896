/**
 * A bounded cache of compiled form validators. Compiling a 50-field form takes tens of
 * milliseconds and validating it microseconds, so a server compiles each published version once;
 * the bound (least recently used goes first) keeps memory flat however many versions exist.
 */
import type { Ajv } from 'ajv';
import { createFormValidator, type FormValidator } from './form-validator.ts';
import type { JsonSchema } from './json-schema.ts';

export interface ValidatorCache {
  /**
   * The validator for `key`, compiling `schema` on a miss. The key must change whenever the schema
   * does: `code@version` for published versions (never edited), plus a revision for drafts.
   */
  get(key: string, schema: JsonSchema): FormValidator;
  delete(key: string): void;
  readonly size: number;
}

/**
 * @example
 * const validators = createValidatorCache(createAjv(), 500);
 * validators.get(`${code}@${version}`, definition.form.schema)(data);
 */
export function createValidatorCache(ajv: Ajv, maxEntries: number): ValidatorCache {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new Error(`createValidatorCache: maxEntries must be a positive integer, not ${maxEntries}`);
  }
  const entries = new Map<string, { schema: JsonSchema; validate: FormValidator }>();
  const evict = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    // ajv keeps every compiled schema keyed by the schema object; without this the cache would
    // be bounded and ajv's would not.
    ajv.removeSchema(entry.schema);
  };
  return {
    get(key, schema) {
      const hit = entries.get(key);
      if (hit) {
        // Map keeps insertion order: re-inserting marks the entry as most recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit.validate;
      }
      const validate = createFormValidator(ajv, schema);
      entries.set(key, { schema, validate });
      while (entries.size > maxEntries) evict(entries.keys().next().value!);
      return validate;
    },
    delete: evict,
    get size() {
      return entries.size;
    },
  };
}
