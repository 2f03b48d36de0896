import { conditionOpsFor } from '../../schema/conditions/condition-ops.ts';
import { topLevelFields } from '../../schema/conditions/top-level-fields.ts';
import { choiceValues, multipleChoiceValues } from '../../schema/field-types/choice-values.ts';
import type {
  ConditionOp,
  ConditionRule,
  FormCondition,
  ServiceForm,
} from '../../schema/service-definition.ts';

/** A field a rule can compare: a top-level question other than the one being shown. */
export interface RuleField {
  key: string;
  title: string;
  schema: unknown;
  ops: readonly ConditionOp[];
}

/** Fields the target's condition may look at (any answerable top-level field but itself). */
export function ruleFields(form: ServiceForm, targetKey: string): RuleField[] {
  const fields: RuleField[] = [];
  for (const [key, field] of topLevelFields(form.schema)) {
    if (key === targetKey) continue;
    const ops = conditionOpsFor(field.schema);
    if (ops.length === 0) continue;
    const title = (field.schema as { title?: unknown }).title;
    fields.push({ key, title: typeof title === 'string' && title ? title : key, schema: field.schema, ops });
  }
  return fields;
}

/** The options a rule's value may be, for choice and multiple-choice fields. */
export function ruleOptions(schema: unknown): unknown[] | undefined {
  return choiceValues(schema) ?? multipleChoiceValues(schema);
}

/** A sensible first value for a rule: the first option, yes, zero or empty text. */
export function defaultValue(schema: unknown, op: ConditionOp): unknown {
  const options = ruleOptions(schema);
  if (op === 'is_one_of') return options?.slice(0, 1) ?? [];
  if (options) return options[0];
  const type = (schema as { type?: unknown }).type;
  if (type === 'boolean') return true;
  if (type === 'number' || type === 'integer') return 0;
  return '';
}

/** A new rule on a field, with its first comparison and a first value. */
export function newRule(field: RuleField): ConditionRule {
  const op = field.ops[0]!;
  return { field: field.key, op, value: defaultValue(field.schema, op) };
}

/**
 * A condition id for a field's "show when": ids use the step alphabet (lower-case letters,
 * digits and single hyphens), so camelCase keys are spelt out, and a clash gets a number.
 * @example conditionIdFor('ownerConsent', []) // 'show-owner-consent'
 */
export function conditionIdFor(key: string, existing: readonly FormCondition[]): string {
  const base = `show-${key
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}`
    .replace(/-+$/, '')
    .slice(0, 60);
  const taken = new Set(existing.map((c) => c.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
