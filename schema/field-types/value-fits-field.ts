/**
 * Whether a value is one a field could hold: for condition values and defaults, which the
 * builder sets and the checker judges without compiling a schema per value. It reads the
 * keywords the builder writes (type, length, range, items, options, formats); `pattern` is left
 * to ajv at submission time, so hostile patterns never run here.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { CUSTOM_FORMATS } from '../formats/custom-formats.ts';
import type { JsonSchema } from '../json-schema.ts';
import { choiceValues, multipleChoiceValues } from './choice-values.ts';

const isEmail = fullFormats.email as RegExp;

/**
 * @example valueFitsField({ type: 'integer', minimum: 1 }, 2) // true
 * @example valueFitsField({ type: 'string', format: 'lv-postal-code' }, 'LV-10') // false
 */
export function valueFitsField(schema: unknown, value: unknown): boolean {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return false;
  const field = schema as JsonSchema;
  const choices = choiceValues(field);
  if (choices) return choices.some((choice) => sameJson(choice, value));
  switch (field.type) {
    case 'string':
      return typeof value === 'string' && fitsString(field, value);
    case 'number':
    case 'integer':
      return typeof value === 'number' && fitsNumber(field, value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value) && fitsArray(field, value);
    default:
      return false;
  }
}

function fitsString(field: JsonSchema, value: string): boolean {
  const length = [...value].length; // JSON Schema counts code points
  if (typeof field.minLength === 'number' && length < field.minLength) return false;
  if (typeof field.maxLength === 'number' && length > field.maxLength) return false;
  if (typeof field.format !== 'string') return true;
  const custom = (CUSTOM_FORMATS as Record<string, (text: string) => boolean>)[field.format];
  if (custom) return custom(value);
  if (field.format === 'email') return isEmail.test(value);
  if (field.format === 'date')
    return (fullFormats.date as { validate: (text: string) => boolean }).validate(value);
  return false;
}

function fitsNumber(field: JsonSchema, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (field.type === 'integer' && !Number.isInteger(value)) return false;
  if (typeof field.minimum === 'number' && value < field.minimum) return false;
  if (typeof field.maximum === 'number' && value > field.maximum) return false;
  if (typeof field.exclusiveMinimum === 'number' && value <= field.exclusiveMinimum) return false;
  if (typeof field.exclusiveMaximum === 'number' && value >= field.exclusiveMaximum) return false;
  return true;
}

function fitsArray(field: JsonSchema, value: unknown[]): boolean {
  if (typeof field.minItems === 'number' && value.length < field.minItems) return false;
  if (typeof field.maxItems === 'number' && value.length > field.maxItems) return false;
  const options = multipleChoiceValues(field);
  if (!options) return false;
  const seen = new Set<string>();
  for (const item of value) {
    const key = JSON.stringify(item);
    if (field.uniqueItems === true && seen.has(key)) return false;
    seen.add(key);
    if (!options.some((option) => sameJson(option, item))) return false;
  }
  return true;
}

/** Equality of JSON scalars (the only option values the builder writes). */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));
}
