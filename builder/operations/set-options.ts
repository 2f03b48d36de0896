import {
  movePointerPrefix,
  rewriteTranslationKeys,
} from '../../schema/conditions/rewrite-translation-keys.ts';
import { LIMITS } from '../../schema/definition-issue.ts';
import { choiceSchema } from '../../schema/field-types/create-field-schema.ts';
import { fieldTypeOf } from '../../schema/field-types/field-type-of.ts';
import { valueFitsField } from '../../schema/field-types/value-fits-field.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { LocalizedText, ServiceDefinition, ServiceForm } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { type FieldPath, locateField, uiOf } from './field-path.ts';
import { withEnglishText, withFieldSchema, withSchemaKey } from './field-texts.ts';
import { kebabId, uniqueName } from './slug.ts';
import { updateIn } from './update-in.ts';

export interface SetOptionsArgs {
  field: FieldPath;
  /** In order. An option without a value gets one made from its Latvian label. */
  options: ReadonlyArray<{ value?: string; label: LocalizedText }>;
  /** Single choice: radio buttons or a dropdown; left as it is when not given. */
  display?: 'radio' | 'dropdown';
}

/**
 * The choices editor: replaces the options of a single or multiple choice. Keep an option's
 * `value` when only its label changes: answers already given and agencies' systems use it. What
 * named a removed option goes: a default that is no longer offered, condition rules comparing
 * with it (editDefinition's pruneReferences); a multiple choice allows at most as many answers as
 * it has options.
 * @example setOptions(def, { field: ['basis'], options: [{ value: 'owner', label: { lv: 'Īpašnieks', en: 'Owner' } }, { label: { lv: 'Īre', en: 'Rent' } }] })
 */
export function setOptions(def: ServiceDefinition, args: SetOptionsArgs): ServiceDefinition {
  if (args.options.length === 0 || args.options.length > LIMITS.maxAlternatives) {
    throw new Error(`setOptions: a choice needs 1 to ${LIMITS.maxAlternatives} options`);
  }
  return editDefinition(def, 'setOptions', (open) => {
    const field = locateField(open.form, args.field, 'setOptions');
    const type = fieldTypeOf(field.schema, uiOf(open.form, field.uiPath));
    if (type !== 'single-choice' && type !== 'multiple-choice')
      throw new Error(`setOptions: a ${type} has no options`);
    const choices = withValues(args.options);
    const many = type === 'multiple-choice';
    // Where the options sit: the field itself, or the items of a multiple choice.
    const at = many ? '/items' : '';
    let form: ServiceForm = withFieldSchema(open.form, field, (schema) => {
      const options = choices.map(choiceSchema);
      if (!many) return dropStaleDefault({ ...withSchemaKey(schema, 'enum', undefined), oneOf: options });
      const count = choices.length;
      const next: JsonSchema = {
        ...schema,
        items: { type: 'string', oneOf: options },
        maxItems: Math.min(schema.maxItems ?? count, count),
      };
      if (typeof next.minItems === 'number' && next.minItems > count) next.minItems = count;
      return dropStaleDefault(next);
    });
    // The old options' English labels go; the new ones' come in.
    const optionsPointer = `${field.pointer}${at}/oneOf`;
    const en = form.translations.en;
    if (en)
      form = {
        ...form,
        translations: {
          ...form.translations,
          en: rewriteTranslationKeys(en, movePointerPrefix(optionsPointer, null)),
        },
      };
    choices.forEach((choice, index) => {
      form = withEnglishText(form, `${optionsPointer}/${index}`, 'title', choice.label.en);
    });
    if (args.display && !many) {
      const widget = args.display === 'dropdown' ? 'select' : 'radio';
      form = { ...form, uiSchema: updateIn(form.uiSchema, [...field.uiPath, 'ui:widget'], () => widget) };
    }
    return { ...open, form };
  });
}

function withValues(options: SetOptionsArgs['options']): Array<{ value: string; label: LocalizedText }> {
  const taken = new Set(options.flatMap((option) => (option.value === undefined ? [] : [option.value])));
  if (taken.size !== options.filter((option) => option.value !== undefined).length) {
    throw new Error('setOptions: two options have the same value');
  }
  if ([...taken].some((value) => value === '' || value.length > 100)) {
    throw new Error('setOptions: an option value must be 1 to 100 characters');
  }
  return options.map((option) => {
    if (option.value !== undefined) return { value: option.value, label: option.label };
    const value = uniqueName(kebabId(option.label.lv || option.label.en, 'option'), taken, '-');
    taken.add(value);
    return { value, label: option.label };
  });
}

function dropStaleDefault(schema: JsonSchema): JsonSchema {
  return schema.default === undefined || valueFitsField(schema, schema.default)
    ? schema
    : withSchemaKey(schema, 'default', undefined);
}
