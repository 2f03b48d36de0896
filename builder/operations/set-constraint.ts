import { applyConstraint } from '../../schema/field-types/field-constraints.ts';
import type { ConstraintName } from '../../schema/field-types/field-types.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField, uiOf } from './field-path.ts';
import { withFieldSchema } from './field-texts.ts';

export interface SetConstraintArgs {
  field: FieldPath;
  name: ConstraintName;
  /** A number, a preset id for `preset`, or undefined to remove the constraint. */
  value: number | string | undefined;
}

/**
 * Sets a per-type constraint: length, range, number of items, or a named text preset. Throws on
 * what constraintProblem (schema/field-types) reports, so the panel checks its input with that
 * first and says what is wrong in plain language.
 * @example setConstraint(def, { field: ['postcode'], name: 'preset', value: 'postal-code' })
 */
export function setConstraint(def: ServiceDefinition, args: SetConstraintArgs): ServiceDefinition {
  return editDefinition(def, 'setConstraint', (open) => {
    const field = locateField(open.form, args.field, 'setConstraint');
    const ui = uiOf(open.form, field.uiPath);
    return {
      ...open,
      form: withFieldSchema(open.form, field, (schema) => applyConstraint(schema, ui, args.name, args.value)),
    };
  });
}
