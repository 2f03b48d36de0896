import type Ajv from 'ajv';
import { createFormValidator } from '../../schema/form-validator.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';

export type FormValidate = ReturnType<typeof createFormValidator>;

/**
 * Compiled validators per published version (`code@version`). A published version never changes,
 * so an entry never goes stale; the cache is bounded (least recently used goes first) because
 * compiling costs ~tens of ms and memory.
 */
export function createValidatorCache(ajv: Ajv, maxEntries = 500) {
  const entries = new Map<string, FormValidate>();
  return {
    get(key: string, schema: JsonSchema): FormValidate {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const validate = createFormValidator(ajv, schema);
      entries.set(key, validate);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return validate;
    },
    get size() {
      return entries.size;
    },
  };
}

export type ValidatorCache = ReturnType<typeof createValidatorCache>;
