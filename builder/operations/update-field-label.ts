import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField } from './field-path.ts';
import { withEnglishText, withFieldSchema, withSchemaKey } from './field-texts.ts';

export interface UpdateFieldLabelArgs {
  field: FieldPath;
  /** The Latvian label (the schema's `title`); '' removes it. Left alone when not given. */
  lv?: string;
  /** The English label (`form.translations.en[pointer].title`); '' removes it. */
  en?: string;
}

/**
 * Changes a field's label. The key stays as it is: submitted data and agencies' systems use it.
 * @example updateFieldLabel(def, { field: ['email'], lv: 'E-pasta adrese', en: 'E-mail address' })
 */
export function updateFieldLabel(def: ServiceDefinition, args: UpdateFieldLabelArgs): ServiceDefinition {
  return editDefinition(def, 'updateFieldLabel', (open) => {
    const field = locateField(open.form, args.field, 'updateFieldLabel');
    let form = open.form;
    if (args.lv !== undefined)
      form = withFieldSchema(form, field, (schema) => withSchemaKey(schema, 'title', args.lv));
    if (args.en !== undefined) form = withEnglishText(form, field.pointer, 'title', args.en);
    return { ...open, form };
  });
}
