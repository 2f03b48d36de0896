import { isAttachmentField } from '../../schema/attachments/attachment-field.ts';
import { applyFileTypes } from '../../schema/attachments/file-type-groups.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField } from './field-path.ts';
import { withFieldSchema } from './field-texts.ts';

/**
 * Chooses which file types a file field accepts, from the Latvian e-services list
 * (schema/attachments); `undefined` accepts the whole list. The upload endpoint reads the same
 * keyword, so the choice holds on the server too.
 * @example setFileTypes(def, { field: ['documents'], types: ['pdf', 'edoc', 'asice'] })
 */
export function setFileTypes(
  def: ServiceDefinition,
  args: { field: FieldPath; types: readonly string[] | undefined },
): ServiceDefinition {
  return editDefinition(def, 'setFileTypes', (open) => {
    const field = locateField(open.form, args.field, 'setFileTypes');
    return {
      ...open,
      form: withFieldSchema(open.form, field, (schema) => {
        if (!isAttachmentField(schema)) throw new Error('setFileTypes: the field is not a file field');
        return applyFileTypes(schema, args.types);
      }),
    };
  });
}
