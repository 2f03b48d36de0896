import { fieldTypeOf } from '../../schema/field-types/field-type-of.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField, uiOf } from './field-path.ts';
import { withEnglishText, withFieldSchema, withSchemaKey } from './field-texts.ts';
import { updateIn } from './update-in.ts';

export interface UpdateFieldHelpArgs {
  field: FieldPath;
  /** The Latvian help text; '' removes it. Left alone when not given. */
  lv?: string;
  en?: string;
}

/**
 * Changes a field's help text: `ui:help` in Latvian, `help` in the English translation. For a
 * content block the help is its body, the schema's `description` (it has no input to help with).
 * The text is stored as given; rich text is the help-text format's concern, not this operation's.
 * @example updateFieldHelp(def, { field: ['phone'], lv: 'Ar valsts kodu.', en: 'With the country code.' })
 */
export function updateFieldHelp(def: ServiceDefinition, args: UpdateFieldHelpArgs): ServiceDefinition {
  return editDefinition(def, 'updateFieldHelp', (open) => {
    const field = locateField(open.form, args.field, 'updateFieldHelp');
    const isContent = fieldTypeOf(field.schema, uiOf(open.form, field.uiPath)) === 'content';
    let form = open.form;
    if (args.lv !== undefined) {
      const lv = args.lv;
      form = isContent
        ? withFieldSchema(form, field, (schema) => withSchemaKey(schema, 'description', lv))
        : {
            ...form,
            uiSchema: updateIn(form.uiSchema, [...field.uiPath, 'ui:help'], () =>
              lv === '' ? undefined : lv,
            ),
          };
    }
    if (args.en !== undefined)
      form = withEnglishText(form, field.pointer, isContent ? 'description' : 'help', args.en);
    return { ...open, form };
  });
}
