import { attachmentLimitsOf, isAttachmentField } from '../../schema/attachments/attachment-field.ts';
import { choiceValues, multipleChoiceValues } from '../../schema/field-types/choice-values.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { RICH_HELP_KEY, type RichTextDoc, sanitizeRichText } from '../../schema/rich-text/rich-text-doc.ts';
import type { LocalizedText, PrefillSource, ServiceDefinition } from '../../schema/service-definition.ts';
import { compiledPointer } from '../designer/canvas-model.ts';
import type { ChoiceOption } from '../designer/operations-port.ts';

/** Everything the properties panel shows for one field, read from the definition. */
export interface FieldValues {
  label: LocalizedText;
  help: LocalizedText;
  rich: { lv?: RichTextDoc; en?: RichTextDoc };
  placeholder: LocalizedText;
  required: boolean;
  constraints: Record<string, number | string | undefined>;
  options: ChoiceOption[] | undefined;
  defaultValue: unknown;
  readOnly: boolean;
  /** Only top-level fields can be prefilled (settings.prefill names a property). */
  prefill: PrefillSource | null | undefined;
  /** A file field's accepted types (undefined for other fields). */
  fileTypes: readonly string[] | undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The schema node and UI node of a field id (JSON Pointer into the decompiled form). */
export function locateField(
  def: ServiceDefinition,
  id: string,
): { schema: JsonSchema; ui: Record<string, unknown>; parentRequired: string[] } | undefined {
  const tokens = id
    .split('/')
    .slice(1)
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  const schemaAt = compiledPointer(def.form.schema, id)
    .split('/')
    .slice(1)
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node: unknown = def.form.schema;
  let parent: unknown = def.form.schema;
  for (const token of schemaAt) {
    if (token === 'properties') parent = node;
    // Conditional fields sit in `allOf/<n>/then`: step through arrays by index too.
    node = Array.isArray(node) ? node[Number(token)] : record(node)[token];
    if (node === undefined) return undefined;
  }
  let ui: Record<string, unknown> = def.form.uiSchema;
  for (const token of tokens) {
    if (token === 'properties') continue;
    ui = record(ui[token]);
  }
  const required = record(parent).required;
  // A conditional top-level field's `required` lives in its condition's branch; the root list is what staff set.
  const rootRequired = Array.isArray(def.form.schema.required) ? def.form.schema.required : [];
  const isTop = tokens.length === 2;
  const then = record(record(parent).then);
  const parentRequired = isTop
    ? [...rootRequired, ...(Array.isArray(then.required) ? (then.required as string[]) : [])]
    : Array.isArray(required)
      ? (required as string[])
      : [];
  return { schema: node as JsonSchema, ui, parentRequired };
}

function optionsOf(
  schema: JsonSchema,
  en: Record<string, unknown>,
  pointer: string,
  ui: Record<string, unknown>,
  enField: Record<string, unknown>,
): ChoiceOption[] | undefined {
  const single = choiceValues(schema);
  const items = record(schema.items) as JsonSchema;
  const values = single ?? multipleChoiceValues(schema);
  if (!values) return undefined;
  const node = single ? schema : items;
  const base = single ? pointer : `${pointer}/items`;
  const list = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  const keyword = Array.isArray(node.oneOf) ? 'oneOf' : 'anyOf';
  const enumNames = Array.isArray(ui['ui:enumNames']) ? (ui['ui:enumNames'] as unknown[]) : [];
  const enEnumNames = Array.isArray(enField.enumNames) ? enField.enumNames : [];
  return values.map((value, i) => {
    const option = record(list?.[i]);
    const lv = list ? text(option.title) : text(enumNames[i]);
    const enText = list ? text(record(en[`${base}/${keyword}/${i}`]).title) : text(enEnumNames[i]);
    return { value: String(value), label: { lv: lv || String(value), en: enText } };
  });
}

/**
 * @example readFieldValues(def, '/properties/phone').label // { lv: 'Tālrunis', en: 'Phone' }
 */
export function readFieldValues(def: ServiceDefinition, id: string): FieldValues | undefined {
  const located = locateField(def, id);
  if (!located) return undefined;
  const { schema, ui, parentRequired } = located;
  const pointer = compiledPointer(def.form.schema, id);
  const en = def.form.translations.en ?? {};
  const enField = record(en[pointer]);
  const rich = record(ui[RICH_HELP_KEY]);
  const key = id.split('/').at(-1)?.replaceAll('~1', '/').replaceAll('~0', '~') ?? '';
  const isTop = id.split('/').length === 3;
  const rule = isTop ? def.settings.prefill.find((p) => p.field === key) : undefined;
  const constraints: FieldValues['constraints'] = {};
  for (const name of [
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'format',
    'pattern',
  ]) {
    const value = (schema as Record<string, unknown>)[name];
    if (typeof value === 'number' || typeof value === 'string') constraints[name] = value;
  }
  // A file field's largest file, shown in megabytes (schema/attachments).
  const fileBytes = (schema as { attachment?: { maxFileBytes?: unknown } }).attachment?.maxFileBytes;
  if (typeof fileBytes === 'number') constraints.maxFileMegabytes = Math.round(fileBytes / 1024 / 1024);
  return {
    label: { lv: text(schema.title), en: text(enField.title) },
    help: { lv: text(ui['ui:help']), en: text(enField.help) },
    rich: { lv: sanitizeRichText(rich.lv), en: sanitizeRichText(rich.en) },
    placeholder: { lv: text(ui['ui:placeholder']), en: text(enField.placeholder) },
    required: parentRequired.includes(key),
    constraints,
    options: optionsOf(schema, en, pointer, ui, enField),
    defaultValue: schema.default,
    readOnly: schema.readOnly === true || ui['ui:readonly'] === true,
    prefill: isTop ? (rule?.source ?? null) : undefined,
    fileTypes: isAttachmentField(schema) ? attachmentLimitsOf(schema).types : undefined,
  };
}
