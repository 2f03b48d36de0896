/**
 * What is left pointing at a field or step that is gone: prefill rules of a field that is no
 * longer at the top level, conditions on a missing target, rules reading a missing field, values
 * a rule compares with that are no longer options (`is_one_of` keeps the ones still offered).
 * A condition left without rules is removed: it would constrain nothing. Returns the input when
 * nothing changed.
 */
import { ruleProblem } from '../../schema/conditions/condition-ops.ts';
import type { ConditionRule, FormCondition, ServiceDefinition } from '../../schema/service-definition.ts';
import { isRecord } from './update-in.ts';

export function pruneReferences(def: ServiceDefinition): ServiceDefinition {
  const fields = isRecord(def.form.schema.properties) ? def.form.schema.properties : {};
  const stepIds = new Set(def.form.steps.map((step) => step.id));
  const conditions = def.form.conditions ?? [];
  let changed = false;

  const nextConditions: FormCondition[] = [];
  for (const condition of conditions) {
    const { kind, id } = condition.target;
    if (kind === 'field' ? !Object.hasOwn(fields, id) : !stepIds.has(id)) {
      changed = true;
      continue;
    }
    let rulesChanged = false;
    const rules = condition.rules.flatMap((rule) => {
      const kept = keptRule(rule, fields);
      if (kept !== rule) rulesChanged = true;
      return kept ? [kept] : [];
    });
    if (rulesChanged) changed = true;
    if (rules.length > 0) nextConditions.push(rulesChanged ? { ...condition, rules } : condition);
  }
  const prefill = def.settings.prefill.filter((rule) => Object.hasOwn(fields, rule.field));
  if (prefill.length !== def.settings.prefill.length) changed = true;
  if (!changed && def.form.conditions) return def;
  return {
    ...def,
    form: { ...def.form, conditions: nextConditions },
    settings: prefill.length === def.settings.prefill.length ? def.settings : { ...def.settings, prefill },
  };
}

/** The rule as it can stay, a narrowed copy (`is_one_of`), or undefined when it must go. */
function keptRule(rule: ConditionRule, fields: Record<string, unknown>): ConditionRule | undefined {
  if (!Object.hasOwn(fields, rule.field)) return undefined;
  const schema = fields[rule.field];
  if (!ruleProblem(schema, rule)) return rule;
  if (rule.op === 'is_one_of' && Array.isArray(rule.value)) {
    const value = rule.value.filter((option) => !ruleProblem(schema, { op: 'is', value: option }));
    if (value.length > 0 && !ruleProblem(schema, { op: 'is_one_of', value })) return { ...rule, value };
  }
  return undefined;
}
