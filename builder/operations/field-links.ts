import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { FieldPath } from './field-path.ts';

/**
 * Whether conditions or prefill rules name this top-level field (as target or in a rule). Those
 * work on top-level fields only, so such a field cannot move into a section or repeating group
 * until they are removed: the designer asks first (this predicate), moveField refuses otherwise.
 * @example isFieldLinked(def, ['petName']) // true when a condition shows petName
 */
export function isFieldLinked(def: ServiceDefinition, path: FieldPath): boolean {
  if (path.length !== 1) return false;
  const key = path[0];
  const conditions = def.form.conditions ?? [];
  return (
    def.settings.prefill.some((rule) => rule.field === key) ||
    conditions.some(
      (condition) =>
        (condition.target.kind === 'field' && condition.target.id === key) ||
        condition.rules.some((rule) => rule.field === key),
    )
  );
}
