import {
  type FormCondition,
  type ServiceDefinition,
  STEP_ID_PATTERN,
} from '../../schema/service-definition.ts';
import { type ConditionDraft, conditionProblem } from './condition-problem.ts';
import { editDefinition } from './edit-definition.ts';
import { kebabId, uniqueName } from './slug.ts';

/**
 * "Show this field / page when ...": sets the condition of a top-level field or a step (one a
 * target; an existing one is replaced in place and keeps its id). Compiled into the schema by
 * editDefinition. Throws on what conditionProblem reports.
 * @example setCondition(def, { target: { kind: 'field', id: 'ownerConsent' }, join: 'all', rules: [{ field: 'housingBasis', op: 'is_not', value: 'owner' }] })
 */
export function setCondition(def: ServiceDefinition, args: ConditionDraft): ServiceDefinition {
  const problem = conditionProblem(def, args);
  if (problem) throw new Error(`setCondition: ${problem}`);
  return editDefinition(def, 'setCondition', (open) => {
    const conditions = open.form.conditions ?? [];
    const { kind, id } = args.target;
    const index = conditions.findIndex((c) => c.target.kind === kind && c.target.id === id);
    const ids = new Set(conditions.filter((_, i) => i !== index).map((c) => c.id));
    const conditionId =
      args.id ?? conditions[index]?.id ?? uniqueName(kebabId(`show ${id}`, 'condition'), ids, '-');
    if (!STEP_ID_PATTERN.test(conditionId) || ids.has(conditionId)) {
      throw new Error(
        `setCondition: id ${JSON.stringify(conditionId)} is taken or not lower-case letters, digits and hyphens`,
      );
    }
    const condition: FormCondition = {
      id: conditionId,
      target: { kind, id },
      join: args.join,
      rules: args.rules.map((rule) => ({ ...rule })),
    };
    const next =
      index < 0 ? [...conditions, condition] : conditions.map((c, i) => (i === index ? condition : c));
    return { ...open, form: { ...open.form, conditions: next } };
  });
}
