import { createFieldSchema, type FieldOptions } from '../../schema/field-types/create-field-schema.ts';
import { type CreatableFieldType, fieldTypeInfo } from '../../schema/field-types/field-types.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { allFieldKeys, FIELD_KEY_PATTERN, nextFieldKey } from './field-keys.ts';
import { locateContainer } from './field-path.ts';
import { type FieldLocation, insertField } from './place-field.ts';

export interface AddFieldArgs {
  type: CreatableFieldType;
  options: FieldOptions;
  at: FieldLocation;
  /** The new field's key; by default one made from the Latvian label (see nextFieldKey). */
  key?: string;
}

/**
 * Adds a field of a palette type at a place: a step and index at the top level, or an index
 * inside a section or repeating group. Not required, no help text. A page break is addStep.
 * @example addField(def, { type: 'email', options: { label: { lv: 'E-pasts', en: 'E-mail' } }, at: { step: 'you', index: 2 } })
 */
export function addField(def: ServiceDefinition, args: AddFieldArgs): ServiceDefinition {
  const info = fieldTypeInfo(args.type);
  if (!info.available || info.id === 'page-break')
    throw new Error(`addField: ${args.type} cannot be added as a field`);
  return editDefinition(def, 'addField', (open) => {
    const container = locateContainer(open.form, args.at.parent ?? [], 'addField');
    const key = args.key ?? nextFieldKey(open.form, args.options.label);
    if (!FIELD_KEY_PATTERN.test(key) || allFieldKeys(open.form).has(key)) {
      throw new Error(`addField: key ${JSON.stringify(key)} is taken or not a plain name`);
    }
    const blueprint = createFieldSchema(args.type, args.options);
    const ui = Object.keys(blueprint.uiSchema).length > 0 ? blueprint.uiSchema : undefined;
    const parts = { key, schema: blueprint.schema, required: false, ui, english: blueprint.english };
    return { ...open, form: insertField(open.form, container, args.at, parts, 'addField') };
  });
}
