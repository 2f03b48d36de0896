/**
 * What the condition editor checks before it calls setCondition, with the same rules the checker
 * applies (`invalid_condition`), so no operation can store a condition the checker refuses.
 */

import { findConditionCycles } from '../../schema/check/find-condition-cycles.ts';
import { conditionOpsFor, ruleProblem } from '../../schema/conditions/condition-ops.ts';
import { decompileConditions } from '../../schema/conditions/decompile-conditions.ts';
import { LIMITS } from '../../schema/definition-issue.ts';
import type { FormCondition, ServiceDefinition } from '../../schema/service-definition.ts';
import { isRecord } from './update-in.ts';

export type ConditionDraft = Omit<FormCondition, 'id'> & { id?: string };

/**
 * Why this condition cannot be set (an English sentence for developers), or undefined.
 * @example conditionProblem(def, { target: { kind: 'field', id: 'petName' }, join: 'all', rules: [{ field: 'petName', op: 'is', value: 'x' }] })
 * // 'the conditions would depend on each other in a circle'
 */
export function conditionProblem(def: ServiceDefinition, condition: ConditionDraft): string | undefined {
  const form = decompileConditions(def.form);
  const fields = isRecord(form.schema.properties) ? form.schema.properties : {};
  const { kind, id } = condition.target;
  if (kind === 'field' ? !Object.hasOwn(fields, id) : !form.steps.some((step) => step.id === id)) {
    return `no top-level ${kind} ${JSON.stringify(id)}`;
  }
  if (condition.join !== 'all' && condition.join !== 'any') return `join must be all or any`;
  if (condition.rules.length === 0 || condition.rules.length > LIMITS.maxConditionRules) {
    return `a condition needs 1 to ${LIMITS.maxConditionRules} rules`;
  }
  for (const rule of condition.rules) {
    if (!Object.hasOwn(fields, rule.field))
      return `no top-level field ${JSON.stringify(rule.field)} to compare`;
    const schema = fields[rule.field];
    if (conditionOpsFor(schema).length === 0)
      return `${JSON.stringify(rule.field)} has no single answer to compare`;
    const problem = ruleProblem(schema, rule);
    if (problem) return `${rule.field}: ${problem.message}`;
  }
  const others = (form.conditions ?? []).filter(
    (other) => other.target.kind !== kind || other.target.id !== id,
  );
  if (others.length >= LIMITS.maxConditions)
    return `a form may have at most ${LIMITS.maxConditions} conditions`;
  const all = [...others, { ...condition, id: condition.id ?? 'new' }];
  const stepFields = new Map(form.steps.map((step) => [step.id, step.fields]));
  if (findConditionCycles(all, stepFields).length > 0)
    return 'the conditions would depend on each other in a circle';
  return undefined;
}
