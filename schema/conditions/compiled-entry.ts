/**
 * How compiled conditions are recognised in a form schema: each is one root `allOf` entry whose
 * `$comment` starts with COMPILED_CONDITION_COMMENT. `$comment` is draft-07's own annotation
 * (ajv and react-jsonschema-form ignore it), so the mark costs no custom keyword; entries without
 * it were written by hand and are never touched.
 */
import type { JsonSchema } from '../json-schema.ts';

export const COMPILED_CONDITION_COMMENT = 'compiled from form.conditions: ';

/**
 * A compiled entry: fields shown under one set of conditions.
 * `{ $comment, if: <conditions>, then: { properties: {...}, required: [...] },
 *    else: { propertyNames: { not: { enum: [<hidden fields>] } } } }`
 */
export function isCompiledConditionEntry(entry: unknown): entry is JsonSchema {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    !Array.isArray(entry) &&
    typeof (entry as JsonSchema).$comment === 'string' &&
    ((entry as JsonSchema).$comment as string).startsWith(COMPILED_CONDITION_COMMENT)
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own, enumerable property even for a key such as `__proto__` (data, never a prototype). */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
