import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField } from './field-path.ts';
import { withFieldSchema, withSchemaKey } from './field-texts.ts';

/**
 * Shows a field's answer without letting the citizen change it (JSON Schema `readOnly`, which
 * RJSF renders as a read-only input): for answers that come from prefill.
 * @example setReadOnly(def, { field: ['personalCode'], readOnly: true })
 */
export function setReadOnly(
  def: ServiceDefinition,
  args: { field: FieldPath; readOnly: boolean },
): ServiceDefinition {
  return editDefinition(def, 'setReadOnly', (open) => {
    const field = locateField(open.form, args.field, 'setReadOnly');
    return {
      ...open,
      form: withFieldSchema(open.form, field, (schema) =>
        withSchemaKey(schema, 'readOnly', args.readOnly || undefined),
      ),
    };
  });
}
