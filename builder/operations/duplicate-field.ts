import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { allFieldKeys } from './field-keys.ts';
import { containerOrder, stepOf } from './field-order.ts';
import { type FieldPath, locateField } from './field-path.ts';
import { insertField, readFieldParts } from './place-field.ts';
import { uniqueName } from './slug.ts';

export interface DuplicateFieldArgs {
  field: FieldPath;
  /** The copy's key; by default the original's with the first free number (`email2`). */
  key?: string;
}

/**
 * Puts a copy right after the field, with its settings, required flag and texts (the schema is
 * shared, not copied: operations never change an object in place). Conditions and prefill rules
 * stay with the original.
 * @example duplicateField(def, { field: ['members'] })
 */
export function duplicateField(def: ServiceDefinition, args: DuplicateFieldArgs): ServiceDefinition {
  return editDefinition(def, 'duplicateField', (open) => {
    const field = locateField(open.form, args.field, 'duplicateField');
    const taken = allFieldKeys(open.form);
    const key = args.key ?? uniqueName(field.key, taken);
    if (taken.has(key)) throw new Error(`duplicateField: key ${JSON.stringify(key)} is taken`);
    const { container } = field;
    const step = container.path.length === 0 ? stepOf(open.form, field.key) : undefined;
    const order = step ? step.fields : containerOrder(open.form, container);
    const at = { step: step?.id, index: order.indexOf(field.key) + 1 };
    return {
      ...open,
      form: insertField(
        open.form,
        container,
        at,
        { ...readFieldParts(open.form, field), key },
        'duplicateField',
      ),
    };
  });
}
