import { valueFitsField } from '../../schema/field-types/value-fits-field.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField } from './field-path.ts';
import { withFieldSchema, withSchemaKey } from './field-texts.ts';

/**
 * Sets the answer a field starts with (JSON Schema `default`), or removes it with `undefined`.
 * The value must be one the field accepts (valueFitsField); groups and text blocks have none.
 * @example setDefault(def, { field: ['country'], value: 'LV' })
 */
export function setDefault(
  def: ServiceDefinition,
  args: { field: FieldPath; value: unknown },
): ServiceDefinition {
  return editDefinition(def, 'setDefault', (open) => {
    const field = locateField(open.form, args.field, 'setDefault');
    if (args.value !== undefined && !valueFitsField(field.schema, args.value)) {
      throw new Error(`setDefault: ${JSON.stringify(args.value)} is not an answer this field accepts`);
    }
    return {
      ...open,
      form: withFieldSchema(open.form, field, (schema) => withSchemaKey(schema, 'default', args.value)),
    };
  });
}
