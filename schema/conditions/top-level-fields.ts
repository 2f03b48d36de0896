/**
 * The top-level fields of a compiled form: the root `properties`, and the fields that compiled
 * conditions declare in their `then` branches. Steps, prefill rules and conditions name these.
 */
import { appendPointer } from '../json-pointer.ts';
import type { JsonSchema } from '../json-schema.ts';
import { isCompiledConditionEntry, isRecord } from './compiled-entry.ts';

export interface TopLevelField {
  schema: unknown;
  /** Where the field's schema is, relative to the form schema (`/properties/a`, `/allOf/0/then/properties/b`). */
  pointer: string;
}

/**
 * @example topLevelFields(def.form.schema).get('petName')?.pointer // '/allOf/0/then/properties/petName'
 */
export function topLevelFields(schema: JsonSchema): Map<string, TopLevelField> {
  const fields = new Map<string, TopLevelField>();
  if (isRecord(schema.properties)) {
    for (const [key, field] of Object.entries(schema.properties)) {
      fields.set(key, { schema: field, pointer: appendPointer('', 'properties', key) });
    }
  }
  if (!Array.isArray(schema.allOf)) return fields;
  schema.allOf.forEach((entry, index) => {
    if (!isCompiledConditionEntry(entry) || !isRecord(entry.then) || !isRecord(entry.then.properties)) return;
    for (const [key, field] of Object.entries(entry.then.properties)) {
      if (fields.has(key)) continue;
      fields.set(key, {
        schema: field,
        pointer: appendPointer('', 'allOf', index, 'then', 'properties', key),
      });
    }
  });
  return fields;
}
