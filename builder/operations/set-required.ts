import { fieldTypeOf } from '../../schema/field-types/field-type-of.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField, uiOf } from './field-path.ts';
import { withFieldSchema } from './field-texts.ts';
import { updateIn } from './update-in.ts';

/** A section, a list of rows or a text block is never "answered"; their fields or minItems are. */
const NEVER_REQUIRED = new Set(['section', 'repeating-group', 'content']);

/**
 * Makes a field required or optional. A required field shown by a condition is required only
 * while it is shown (compiled into the condition's `then`). A required multiple choice needs at
 * least one ticked box, so it also gets `minItems: 1` (an empty list would satisfy `required`).
 * @example setRequired(def, { field: ['email'], required: true })
 */
export function setRequired(
  def: ServiceDefinition,
  args: { field: FieldPath; required: boolean },
): ServiceDefinition {
  return editDefinition(def, 'setRequired', (open) => {
    const field = locateField(open.form, args.field, 'setRequired');
    const type = fieldTypeOf(field.schema, uiOf(open.form, field.uiPath));
    if (NEVER_REQUIRED.has(type)) throw new Error(`setRequired: a ${type} cannot be required`);
    const schema = updateIn(open.form.schema, [...field.container.schemaPath, 'required'], (current) => {
      const list = (Array.isArray(current) ? current : []).filter((name) => name !== field.key);
      if (args.required) list.push(field.key);
      return list.length > 0 ? list : undefined;
    });
    let form = { ...open.form, schema };
    if (type === 'multiple-choice') {
      const place = locateField(form, args.field, 'setRequired');
      form = withFieldSchema(form, place, (current) => {
        const { minItems, ...rest } = current;
        if (args.required) return { ...rest, minItems: Math.max(minItems ?? 0, 1) };
        return minItems === undefined || minItems === 1 ? rest : current;
      });
    }
    return { ...open, form };
  });
}
