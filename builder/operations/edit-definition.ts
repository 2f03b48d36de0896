/**
 * The frame of every operation: decompile the conditions (every top-level field back in the root
 * `properties`), apply the edit, make order and references consistent again, and compile. So the
 * stored schema is always compiled, and no operation needs to know where conditions put a field.
 */
import { compileConditions } from '../../schema/conditions/compile-conditions.ts';
import { decompileConditions } from '../../schema/conditions/decompile-conditions.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { normalizeOrder } from './field-order.ts';
import { pruneReferences } from './prune-references.ts';

/**
 * @example editDefinition(def, (open) => ({ ...open, form: { ...open.form, steps: [] } }))
 */
export function editDefinition(
  def: ServiceDefinition,
  edit: (open: ServiceDefinition) => ServiceDefinition,
): ServiceDefinition {
  const open: ServiceDefinition = { ...def, form: decompileConditions(def.form) };
  const edited = edit(open);
  const ordered = { ...edited, form: normalizeOrder(edited.form) };
  const pruned = pruneReferences(ordered);
  return { ...pruned, form: compileConditions(pruned.form) };
}
