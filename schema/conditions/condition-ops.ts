/**
 * Which comparisons fit which field, and which values fit a rule: shared by the checker
 * (`invalid_condition`) and the builder's condition editor, so the editor never offers a
 * comparison the checker would refuse.
 */

import { LIMITS } from '../definition-issue.ts';
import { choiceValues, multipleChoiceValues } from '../field-types/choice-values.ts';
import { valueFitsField } from '../field-types/value-fits-field.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { ConditionOp, ConditionRule } from '../service-definition.ts';
import { isRecord } from './compiled-entry.ts';

const SINGLE_VALUE_OPS: readonly ConditionOp[] = ['is', 'is_not'];

/**
 * The comparisons a field's answer supports; empty for groups, lists of rows and content blocks.
 * @example conditionOpsFor({ type: 'integer' }) // ['is', 'is_not', 'greater_than', 'less_than']
 */
export function conditionOpsFor(schema: unknown): readonly ConditionOp[] {
  if (!isRecord(schema)) return [];
  if (choiceValues(schema)) return ['is', 'is_not', 'is_one_of'];
  if (multipleChoiceValues(schema)) return ['contains'];
  switch (schema.type) {
    case 'number':
    case 'integer':
      return ['is', 'is_not', 'greater_than', 'less_than'];
    case 'string':
    case 'boolean':
      return SINGLE_VALUE_OPS;
    default:
      return [];
  }
}

/**
 * Why a rule cannot work on a field with this schema (an English sentence), or undefined.
 * @example ruleProblem({ type: 'boolean' }, { field: 'x', op: 'greater_than', value: 1 }) // 'greater_than does not fit ...'
 */
export function ruleProblem(
  schema: unknown,
  rule: Pick<ConditionRule, 'op' | 'value'>,
): { at: 'op' | 'value'; message: string } | undefined {
  const ops = conditionOpsFor(schema);
  if (!ops.includes(rule.op)) {
    const allowed = ops.length > 0 ? `use ${ops.join(', ')}` : 'this field cannot be compared';
    return { at: 'op', message: `${rule.op} does not fit this field; ${allowed}.` };
  }
  const field = schema as JsonSchema;
  switch (rule.op) {
    case 'is':
    case 'is_not':
      return fits(valueFitsField(field, rule.value), 'The value is not an answer this field accepts.');
    case 'is_one_of': {
      const values = rule.value;
      if (!Array.isArray(values) || values.length === 0 || values.length > LIMITS.maxEnumValues) {
        return { at: 'value', message: 'is_one_of needs a list of option values.' };
      }
      const distinct = new Set(values.map((value) => JSON.stringify(value)));
      return fits(
        distinct.size === values.length && values.every((value) => valueFitsField(field, value)),
        'Every value must be a different option of this field.',
      );
    }
    case 'contains':
      return fits(
        isRecord(field.items) && valueFitsField(field.items, rule.value),
        'The value must be an option of this field.',
      );
    case 'greater_than':
    case 'less_than':
      return fits(
        typeof rule.value === 'number' && Number.isFinite(rule.value),
        'The value must be a number.',
      );
  }
}

function fits(ok: boolean, message: string) {
  return ok ? undefined : { at: 'value' as const, message };
}
