/**
 * The options of a choice field, read from the schema the way react-jsonschema-form reads them:
 * `enum`, or `oneOf`/`anyOf` entries that are each a `const` (with a `title`), which the demos use.
 */
import type { JsonSchema } from '../json-schema.ts';

/**
 * The option values of a single-choice schema, or undefined when it is not one.
 * @example choiceValues({ type: 'string', oneOf: [{ const: 'a', title: 'A' }] }) // ['a']
 */
export function choiceValues(schema: unknown): unknown[] | undefined {
  if (!isRecord(schema)) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = schema[keyword];
    if (!Array.isArray(options) || options.length === 0) continue;
    if (options.every((option) => isRecord(option) && 'const' in option)) {
      return options.map((option) => (option as JsonSchema).const);
    }
  }
  return undefined;
}

/** The option values of a multiple-choice schema (an array whose items are a choice), or undefined. */
export function multipleChoiceValues(schema: unknown): unknown[] | undefined {
  if (!isRecord(schema) || schema.type !== 'array' || Array.isArray(schema.items)) return undefined;
  return choiceValues(schema.items);
}

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
