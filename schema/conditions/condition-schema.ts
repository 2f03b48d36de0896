/**
 * A condition's rules as a JSON Schema that holds exactly when the condition does: the `if` of
 * its compiled entry. Every rule also requires its field, so an unanswered question never
 * satisfies a rule (not even `is_not`), and nothing appears before the answer that reveals it.
 */
import type { JsonSchema } from '../json-schema.ts';
import type { ConditionRule, FormCondition } from '../service-definition.ts';
import { defineOwn } from './compiled-entry.ts';

export function ruleSchema(rule: ConditionRule): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  defineOwn(properties, rule.field, compare(rule));
  return { properties, required: [rule.field] };
}

function compare(rule: ConditionRule): JsonSchema {
  // JSON has no undefined; a rule without a value (reported by the checker) compares with null.
  const value = rule.value === undefined ? null : rule.value;
  switch (rule.op) {
    case 'is':
      return { const: value };
    case 'is_not':
      return { not: { const: value } };
    case 'is_one_of':
      return { enum: Array.isArray(value) ? value : [value] };
    case 'contains':
      return { type: 'array', contains: { const: value } };
    case 'greater_than':
      return { type: 'number', exclusiveMinimum: typeof value === 'number' ? value : 0 };
    case 'less_than':
      return { type: 'number', exclusiveMaximum: typeof value === 'number' ? value : 0 };
  }
}

/** One rule stands alone; several are joined by `allOf` (all) or `anyOf` (any). */
export function conditionSchema(condition: FormCondition): JsonSchema {
  const rules = condition.rules.map(ruleSchema);
  // No rules (the checker reports it) constrains nothing: the target stays visible.
  if (rules.length <= 1) return rules[0] ?? {};
  return condition.join === 'any' ? { anyOf: rules } : { allOf: rules };
}
