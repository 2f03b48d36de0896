import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField } from './field-path.ts';
import { removeField } from './place-field.ts';

/**
 * Removes a field and everything that names it: its schema and `required` entry, UI settings,
 * English texts, place in `ui:order` and in its step (a step left empty goes too), the conditions
 * that show it or its step, the rules that read it (a condition left without rules goes), and its
 * prefill rule (editDefinition's pruneReferences). Deleting the last field leaves the empty form
 * a new service starts with (`root_not_object` until a field is added).
 * @example deleteField(def, { field: ['members', 'age'] })
 */
export function deleteField(def: ServiceDefinition, args: { field: FieldPath }): ServiceDefinition {
  return editDefinition(def, 'deleteField', (open) => ({
    ...open,
    form: removeField(open.form, locateField(open.form, args.field, 'deleteField')),
  }));
}
