import type { JsonSchema } from '../../schema/json-schema.ts';

/**
 * Root keywords that only describe an object's fields. A root with nothing else (no `if`,
 * `dependencies`, `allOf`, `oneOf`...) validates field by field, so it can be split.
 */
const PLAIN_ROOT_KEYWORDS = new Set([
  '$schema',
  '$comment',
  'type',
  'title',
  'description',
  'properties',
  'required',
  'definitions',
]);

/** True when the form's root is an object schema without conditions or combinators. */
export function isPlainRoot(schema: JsonSchema): boolean {
  return schema.type === 'object' && Object.keys(schema).every((keyword) => PLAIN_ROOT_KEYWORDS.has(keyword));
}

/**
 * An object schema with only the named properties (and the `required` among them), keeping
 * `definitions` so `$ref`s inside still resolve.
 *
 * @example pickProperties({ type: 'object', properties: { a, b }, required: ['a', 'b'] }, ['b'])
 *   // { type: 'object', properties: { b }, required: ['b'] }
 */
export function pickProperties(schema: JsonSchema, fields: readonly string[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of fields) {
    const property = schema.properties?.[field];
    if (property && Object.hasOwn(schema.properties ?? {}, field)) properties[field] = property;
  }
  const picked: JsonSchema = { type: 'object', properties };
  const required = (schema.required ?? []).filter((field) => Object.hasOwn(properties, field));
  if (required.length > 0) picked.required = required;
  if (schema.definitions) picked.definitions = schema.definitions;
  return picked;
}
