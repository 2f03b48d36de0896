/**
 * The frame of every operation: decompile the conditions (every top-level field back in the root
 * `properties`), apply the edit, make order and references consistent again, and compile. So the
 * stored schema is always compiled, and no operation needs to know where conditions put a field.
 */
import { findConditionCycles } from '../../schema/check/find-condition-cycles.ts';
import { compileConditions } from '../../schema/conditions/compile-conditions.ts';
import { decompileConditions } from '../../schema/conditions/decompile-conditions.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { normalizeOrder } from './field-order.ts';
import { pruneReferences } from './prune-references.ts';

/**
 * Refuses (throws `<op>: ...`) an edit after which conditions would depend on each other in a
 * circle, e.g. moving a field onto a step whose condition reads it: its fields could never
 * appear. Operations are cheap and pure, so the designer can dry-run one to grey out such a
 * drop target.
 * @example editDefinition(def, 'clearSteps', (open) => ({ ...open, form: { ...open.form, steps: [] } }))
 */
export function editDefinition(
  def: ServiceDefinition,
  op: string,
  edit: (open: ServiceDefinition) => ServiceDefinition,
): ServiceDefinition {
  const open: ServiceDefinition = { ...def, form: decompileConditions(def.form) };
  const edited = edit(open);
  const ordered = { ...edited, form: normalizeOrder(edited.form) };
  const pruned = pruneReferences(ordered);
  const { steps, conditions = [] } = pruned.form;
  if (findConditionCycles(conditions, new Map(steps.map((step) => [step.id, step.fields]))).length > 0) {
    throw new Error(`${op}: conditions would depend on each other in a circle`);
  }
  return { ...pruned, form: compileConditions(pruned.form) };
}
