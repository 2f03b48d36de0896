/**
 * Checks `form.conditions`: their JSON shape (with the other shape checks), what they name and
 * compare (once the schema is indexed), and that `form.schema` carries them compiled.
 */
import { compileConditions } from '../conditions/compile-conditions.ts';
import { conditionOpsFor, ruleProblem } from '../conditions/condition-ops.ts';
import { type TopLevelField, topLevelFields } from '../conditions/top-level-fields.ts';
import { LIMITS } from '../definition-issue.ts';
import { appendPointer } from '../json-pointer.ts';
import {
  CONDITION_JOINS,
  CONDITION_OPS,
  CONDITION_TARGET_KINDS,
  type FormCondition,
  type ServiceForm,
  STEP_ID_PATTERN,
} from '../service-definition.ts';
import { findConditionCycles } from './find-condition-cycles.ts';
import { sameJson } from './same-json.ts';
import {
  checkKnownKeys,
  checkNonEmptyString,
  checkOneOf,
  type Issues,
  readArray,
  readRecord,
  shapeIssue,
} from './shape-helpers.ts';

const BASE = '/form/conditions';

/** Shape only (`invalid_shape`), like the rest of the model; meaning is checked by checkConditionLinks. */
export function checkConditionsShape(value: unknown, issues: Issues): void {
  const conditions = readArray(value, BASE, 'form.conditions', issues);
  if (!conditions) return;
  if (conditions.length > LIMITS.maxConditions) {
    issues.push(shapeIssue(BASE, `A form may have at most ${LIMITS.maxConditions} conditions.`));
    return;
  }
  conditions.forEach((entry, index) => {
    const path = appendPointer(BASE, index);
    const condition = readRecord(entry, path, 'a condition', issues);
    if (!condition) return;
    checkKnownKeys(condition, ['id', 'target', 'join', 'rules'], path, issues);
    if (typeof condition.id !== 'string' || !STEP_ID_PATTERN.test(condition.id)) {
      issues.push(
        shapeIssue(`${path}/id`, 'A condition id must be lower-case letters, digits and single hyphens.'),
      );
    }
    const target = readRecord(condition.target, `${path}/target`, 'target', issues);
    if (target) {
      checkKnownKeys(target, ['kind', 'id'], `${path}/target`, issues);
      checkOneOf(target.kind, CONDITION_TARGET_KINDS, `${path}/target/kind`, 'target.kind', issues);
      checkNonEmptyString(target.id, `${path}/target/id`, 'target.id', issues);
    }
    checkOneOf(condition.join, CONDITION_JOINS, `${path}/join`, 'join', issues);
    const rules = readArray(condition.rules, `${path}/rules`, 'rules', issues);
    if (!rules) return;
    if (rules.length === 0 || rules.length > LIMITS.maxConditionRules) {
      issues.push(shapeIssue(`${path}/rules`, `A condition needs 1 to ${LIMITS.maxConditionRules} rules.`));
    }
    rules.forEach((ruleValue, ruleIndex) => {
      const rulePath = appendPointer(path, 'rules', ruleIndex);
      const rule = readRecord(ruleValue, rulePath, 'a rule', issues);
      if (!rule) return;
      checkKnownKeys(rule, ['field', 'op', 'value'], rulePath, issues);
      checkNonEmptyString(rule.field, `${rulePath}/field`, 'field', issues);
      checkOneOf(rule.op, CONDITION_OPS, `${rulePath}/op`, 'op', issues);
      if (!('value' in rule)) issues.push(shapeIssue(`${rulePath}/value`, 'A rule needs a value.'));
    });
  });
}

/**
 * Reports `invalid_condition`: unknown targets and rule fields, duplicates, comparisons or values
 * that do not fit, and circles. Call only when the shape check passed. Returns true when sound.
 */
export function checkConditionLinks(form: ServiceForm, issues: Issues): boolean {
  const before = issues.length;
  const conditions = form.conditions ?? [];
  const fields = topLevelFields(form.schema);
  const stepFields = new Map(form.steps.map((step) => [step.id, step.fields]));
  const ids = new Set<string>();
  const targets = new Set<string>();
  conditions.forEach((condition, index) => {
    const path = appendPointer(BASE, index);
    const problem = (at: string, message: string) =>
      issues.push({ code: 'invalid_condition', path: `${path}${at}`, message });
    if (ids.has(condition.id)) problem('/id', `Condition id "${condition.id}" repeats.`);
    ids.add(condition.id);
    const { kind, id } = condition.target;
    const targetKey = `${kind} ${id}`;
    if (targets.has(targetKey)) problem('/target', `The ${kind} "${cut(id)}" already has a condition.`);
    targets.add(targetKey);
    if (kind === 'field' ? !fields.has(id) : !stepFields.has(id)) {
      problem('/target/id', `The form has no top-level ${kind} "${cut(id)}".`);
    }
    condition.rules.forEach((rule, ruleIndex) => {
      checkRule(rule, fields.get(rule.field), appendPointer('/rules', ruleIndex), problem);
    });
  });
  for (const index of findConditionCycles(conditions, stepFields)) {
    issues.push({
      code: 'invalid_condition',
      path: appendPointer(BASE, index),
      message: 'Conditions depend on each other in a circle, so their fields could never appear.',
    });
  }
  return issues.length === before;
}

function checkRule(
  rule: FormCondition['rules'][number],
  field: TopLevelField | undefined,
  path: string,
  problem: (at: string, message: string) => void,
): void {
  if (!field) {
    problem(`${path}/field`, `The form has no top-level field "${cut(rule.field)}" to compare.`);
    return;
  }
  if (conditionOpsFor(field.schema).length === 0) {
    problem(`${path}/field`, `"${cut(rule.field)}" has no single answer to compare.`);
    return;
  }
  const found = ruleProblem(field.schema, rule);
  if (found) problem(`${path}/${found.at}`, found.message);
}

/** Reports `conditions_not_compiled` when the schema is not what compileConditions would write. */
export function checkConditionsCompiled(form: ServiceForm, issues: Issues): void {
  const compiled = compileConditions(form);
  if (sameJson(withoutEmptyRequired(compiled), withoutEmptyRequired(form))) return;
  issues.push({
    code: 'conditions_not_compiled',
    path: '/form/schema',
    message: 'The schema does not carry form.conditions as compiled; compile the conditions again.',
  });
}

/** `required: []` and no `required` mean the same; compilation writes the latter. */
function withoutEmptyRequired(form: ServiceForm) {
  const { required, ...schema } = form.schema;
  const keep = Array.isArray(required) && required.length === 0 ? {} : { required };
  return {
    schema: { ...schema, ...(required === undefined ? {} : keep) },
    translations: form.translations,
  };
}

function cut(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}...` : text;
}
