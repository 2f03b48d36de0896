import {
  type EnumOptionsType,
  getUiOptions,
  optionsList,
  type RJSFSchema,
  type UIOptionsType,
  type UiSchema,
} from '@rjsf/utils';
import type { JsonSchema } from '../../../schema/json-schema.ts';
import type { FormData } from '../form-context.ts';

/** How a plain question is answered: which control the lean renderer draws for it. */
export type LeanControl = 'text' | 'email' | 'date' | 'textarea' | 'select' | 'radio' | 'number' | 'checkbox';

/**
 * One plain question, worked out once per layout: everything RJSF's SchemaField, StringField and
 * FieldTemplate would compute for it on every render (label, hint, control, options), so the lean
 * renderer only has to draw it.
 */
export interface LeanFieldPlan {
  name: string;
  /** RJSF's id for the field (`root_` and its name), which its hints and messages derive from. */
  id: string;
  control: LeanControl;
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  label: string;
  /** The hint under the label (`ui:description` or the schema's), '' when none. */
  description: string;
  /** `ui:help` as plain text; `ui:helpRich` is looked up at render time, in the page's language. */
  help: string | undefined;
  required: boolean;
  readonly: boolean;
  placeholder: string;
  /** RJSF's classes of the question's wrapper: `rjsf-field rjsf-field-{type}`. */
  classNames: string;
  /** The widget's `options` as RJSF's StringField / BooleanField hand them over. */
  options: UIOptionsType<FormData, RJSFSchema> & { enumOptions?: EnumOptionsType<RJSFSchema>[] };
  /** The schema's `default`, filled in when the question first shows without an answer. */
  defaultValue: unknown;
}

/** Keywords that only constrain an answer; the control reads the range ones (min, max, step). */
const PLAIN_KEYWORDS = new Set([
  '$comment',
  'type',
  'title',
  'description',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'enum',
  'oneOf',
  'default',
]);

/** The uiSchema keys the lean renderer honours; any other key leaves the question to RJSF. */
const PLAIN_UI_KEYS = new Set([
  'ui:title',
  'ui:description',
  'ui:help',
  'ui:helpRich',
  'ui:autocomplete',
  'ui:placeholder',
  'ui:readonly',
  'ui:enumNames',
  'ui:widget',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Options that are each one constant with at most a title: a dropdown, as RJSF's `isSelect` sees it. */
function isConstOptions(options: unknown): boolean {
  return (
    Array.isArray(options) &&
    options.length > 0 &&
    options.every(
      (option) =>
        isRecord(option) &&
        Object.hasOwn(option, 'const') &&
        Object.keys(option).every((key) => key === 'const' || key === 'title'),
    )
  );
}

function controlOf(schema: JsonSchema, widget: unknown): LeanControl | undefined {
  const choice = schema.enum !== undefined || schema.oneOf !== undefined;
  if (schema.enum !== undefined && !(Array.isArray(schema.enum) && schema.enum.length > 0)) return undefined;
  if (schema.oneOf !== undefined && (schema.enum !== undefined || !isConstOptions(schema.oneOf)))
    return undefined;
  switch (schema.type) {
    case 'string':
      if (choice) {
        if (widget === 'radio') return 'radio';
        return widget === undefined || widget === 'select' ? 'select' : undefined;
      }
      if (schema.format !== undefined && schema.format !== 'email' && schema.format !== 'date')
        return undefined;
      if (widget === 'textarea') return schema.format === undefined ? 'textarea' : undefined;
      if (widget !== undefined) return undefined;
      return schema.format === 'email' ? 'email' : schema.format === 'date' ? 'date' : 'text';
    case 'integer':
    case 'number':
      return choice || schema.format !== undefined || widget !== undefined ? undefined : 'number';
    case 'boolean':
      if (choice || schema.format !== undefined) return undefined;
      // Yes and no as radio buttons (the builder's yes/no question), their words in the page's language.
      if (widget === 'radio') return 'radio';
      // A checkbox shows its own description (RJSF's DescriptionField): left to RJSF.
      return widget !== undefined || schema.description !== undefined ? undefined : 'checkbox';
    default:
      return undefined;
  }
}

/**
 * The lean renderer's plan for a top-level question, or undefined when the question needs RJSF:
 * anything beyond a text, e-mail, date, long text, dropdown, radio-button, yes/no, number or
 * checkbox question with plain constraints and the usual texts (a `$ref`, conditions, nested
 * groups, lists, files, option descriptions, `ui:options`...). Undefined is always safe: RJSF then
 * draws the question as before.
 */
export function leanFieldPlan(
  name: string,
  schema: JsonSchema | undefined,
  uiSchema: unknown,
  required: boolean,
): LeanFieldPlan | undefined {
  if (!isRecord(schema) || !Object.keys(schema).every((keyword) => PLAIN_KEYWORDS.has(keyword)))
    return undefined;
  const ui = uiSchema === undefined ? {} : uiSchema;
  if (!isRecord(ui) || !Object.keys(ui).every((key) => PLAIN_UI_KEYS.has(key))) return undefined;
  const control = controlOf(schema, ui['ui:widget']);
  if (!control) return undefined;
  if (control === 'checkbox' && ui['ui:description'] !== undefined) return undefined;
  const listsOptions = control === 'select' || (control === 'radio' && schema.type === 'string');
  if (!listsOptions && ui['ui:enumNames'] !== undefined) return undefined;
  const {
    widget: _widget,
    placeholder = '',
    title: uiTitle,
    ...uiOptions
  } = getUiOptions<FormData, RJSFSchema>(ui as UiSchema<FormData, RJSFSchema>);
  // A checkbox's own label is BooleanField's (`??`); every other label is SchemaField's (`||`).
  const label =
    control === 'checkbox'
      ? String(uiTitle ?? schema.title ?? name)
      : String((typeof uiTitle === 'string' && uiTitle) || schema.title || name);
  const description =
    (typeof uiOptions.description === 'string' && uiOptions.description) || schema.description || '';
  const options: LeanFieldPlan['options'] = { ...uiOptions };
  // A yes/no question's two options are worded at render time, in the page's language.
  if (listsOptions)
    options.enumOptions = optionsList<FormData, RJSFSchema>(schema as RJSFSchema, ui as UiSchema);
  return {
    name,
    id: `root_${name}`,
    control,
    schema,
    uiSchema: ui,
    label,
    description,
    help: typeof uiOptions.help === 'string' ? uiOptions.help : undefined,
    required,
    readonly: Boolean(uiOptions.readonly),
    placeholder: typeof placeholder === 'string' ? placeholder : '',
    classNames: `rjsf-field rjsf-field-${schema.type}`,
    options,
    defaultValue: schema.default,
  };
}
