/**
 * Per-type constraints set from the properties panel (issue 3): lengths, ranges, numbers of
 * items and named patterns. Lists stay bounded: a multiple choice never allows more answers than
 * it has options, a repeating group never more than MAX_ROWS rows.
 */
import { DEFAULT_MAX_FILES, LARGEST_MAX_FILE_BYTES } from '../attachments/attachment-field.ts';

const MEGABYTE = 1024 * 1024;

import { LIMITS } from '../definition-issue.ts';
import type { JsonSchema } from '../json-schema.ts';
import { multipleChoiceValues } from './choice-values.ts';
import { DEFAULT_MAX_ROWS } from './create-field-schema.ts';
import { fieldTypeOf } from './field-type-of.ts';
import { type ConstraintName, fieldTypeInfo } from './field-types.ts';
import { TEXT_PRESETS } from './text-presets.ts';

/** Longest text answer the builder offers; submissions are capped at about 1 MB in all. */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_ROWS = 200;

const PAIRS: Readonly<Record<string, readonly [ConstraintName, ConstraintName]>> = {
  minLength: ['minLength', 'maxLength'],
  maxLength: ['minLength', 'maxLength'],
  minimum: ['minimum', 'maximum'],
  maximum: ['minimum', 'maximum'],
  minItems: ['minItems', 'maxItems'],
  maxItems: ['minItems', 'maxItems'],
};

/**
 * Why `value` cannot be set as `name` on this field (an English sentence for developers; the
 * panel validates its own inputs in plain language), or undefined when it can.
 */
export function constraintProblem(
  schema: JsonSchema,
  uiSchema: unknown,
  name: ConstraintName,
  value: number | string | undefined,
): string | undefined {
  const type = fieldTypeOf(schema, uiSchema);
  if (type === 'custom' || !fieldTypeInfo(type).constraints.includes(name)) {
    return `${name} does not apply to a ${type} field`;
  }
  if (name === 'preset') {
    return value === undefined || TEXT_PRESETS.some((preset) => preset.id === value)
      ? undefined
      : `no preset ${String(value)}`;
  }
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a number`;
  if (name === 'maxFileMegabytes') {
    const most = LARGEST_MAX_FILE_BYTES / MEGABYTE;
    return Number.isSafeInteger(value) && value >= 1 && value <= most
      ? undefined
      : `maxFileMegabytes must be a whole number from 1 to ${most}`;
  }
  const counts = name !== 'minimum' && name !== 'maximum';
  if (counts && (!Number.isSafeInteger(value) || value < 0)) return `${name} must be a whole number from 0`;
  const limit = upperLimit(schema, type, name);
  if (limit !== undefined && value > limit) return `${name} may be at most ${limit}`;
  if (name === 'maxItems' && value < 1) return 'maxItems must be at least 1';
  const [low, high] = PAIRS[name]!;
  const next = { ...schema, [name]: value };
  const min = next[low];
  const max = next[high];
  if (typeof min === 'number' && typeof max === 'number' && min > max) return `${low} may not exceed ${high}`;
  return undefined;
}

function upperLimit(schema: JsonSchema, type: string, name: ConstraintName): number | undefined {
  if (name === 'minLength' || name === 'maxLength') return MAX_TEXT_LENGTH;
  if (name !== 'minItems' && name !== 'maxItems') return undefined;
  if (type === 'repeating-group') return MAX_ROWS;
  if (type === 'attachment') return DEFAULT_MAX_FILES;
  return Math.min(multipleChoiceValues(schema)?.length ?? 0, LIMITS.maxUniqueItems);
}

/**
 * Returns the schema with the constraint set (or removed, with `undefined`). Throws on what
 * constraintProblem reports.
 * @example applyConstraint({ type: 'string', maxLength: 200 }, {}, 'preset', 'postal-code')
 * // { type: 'string', maxLength: 200, format: 'lv-postal-code' }
 */
export function applyConstraint(
  schema: JsonSchema,
  uiSchema: unknown,
  name: ConstraintName,
  value: number | string | undefined,
): JsonSchema {
  const problem = constraintProblem(schema, uiSchema, name, value);
  if (problem) throw new Error(`setConstraint: ${problem}`);
  if (name === 'preset') {
    const { format: _format, pattern: _pattern, ...rest } = schema;
    const preset = TEXT_PRESETS.find((entry) => entry.id === value);
    return preset ? { ...rest, ...preset.constraint } : rest;
  }
  const next: JsonSchema = { ...schema };
  if (name === 'maxFileMegabytes') {
    const { maxFileBytes: _old, ...rules } = (schema.attachment ?? {}) as Record<string, unknown>;
    // No value: the platform default (10 MB) applies.
    next.attachment = typeof value === 'number' ? { ...rules, maxFileBytes: value * MEGABYTE } : rules;
    return next;
  }
  if (value === undefined) {
    delete next[name];
    // Lists stay bounded: removing the limit puts back the largest one allowed.
    if (name === 'maxItems')
      next.maxItems =
        fieldTypeOf(schema) === 'repeating-group'
          ? DEFAULT_MAX_ROWS
          : fieldTypeOf(schema) === 'attachment'
            ? DEFAULT_MAX_FILES
            : upperLimit(schema, 'multiple-choice', name);
  } else {
    (next as Record<string, unknown>)[name] = value;
  }
  return next;
}
