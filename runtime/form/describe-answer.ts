import { isAttachmentField } from '../../schema/attachments/attachment-field.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { Language } from '../../schema/service-definition.ts';

type UiNode = Record<string, unknown>;

/** The few words an answer may need, in the page's language. */
export interface AnswerWords {
  yes: string;
  no: string;
  notAnswered: string;
}

export interface AnswerContext {
  language: Language;
  words: AnswerWords;
  /** The whole form's schema, to follow `$ref`s. */
  root: JsonSchema;
  /** The name of an attached file by its upload token (issue 4); a file field lists names. */
  fileName?: (token: string) => string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as people write it: `16.11.1975` in Latvian (LVS 24:2017 numeric form, without the
 * trailing dot so it reads the same everywhere), `16 November 1975` in English.
 */
export function formatDate(iso: string, language: Language): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (language === 'lv') return `${day}.${month}.${year}`;
  return `${Number(day)} ${EN_MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A number with the language's separators: `12 345,5` in Latvian, `12,345.5` in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'lv' ? 'lv-LV' : 'en-GB', { maximumFractionDigits: 10 }).format(
    value,
  );
}

function resolve(root: JsonSchema, node: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return node;
  const target = root.definitions?.[ref.slice('#/definitions/'.length)];
  return target ? { ...target, ...node } : node;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** The label of a choice: its `oneOf`/`anyOf` title, or its `ui:enumNames` entry, or undefined. */
function choiceLabel(schema: JsonSchema, ui: UiNode, value: unknown): string | undefined {
  const options = schema.oneOf ?? schema.anyOf;
  const option = options?.find((candidate) => candidate.const === value);
  if (option) return typeof option.title === 'string' ? option.title : undefined;
  if (Array.isArray(schema.enum)) {
    const names = ui['ui:enumNames'];
    const label = Array.isArray(names) ? names[schema.enum.indexOf(value)] : undefined;
    return typeof label === 'string' ? label : undefined;
  }
  return undefined;
}

function titleOf(name: string, schema: JsonSchema, ui: UiNode): string {
  if (typeof ui['ui:title'] === 'string') return ui['ui:title'];
  return typeof schema.title === 'string' && schema.title !== '' ? schema.title : name;
}

function orderedNames(schema: JsonSchema, ui: UiNode): string[] {
  const names = Object.keys(schema.properties ?? {});
  const order = ui['ui:order'];
  if (!Array.isArray(order)) return names;
  const listed = order.filter((name): name is string => typeof name === 'string' && names.includes(name));
  return [...listed, ...names.filter((name) => !listed.includes(name))];
}

function single(schema: JsonSchema, ui: UiNode, value: unknown, context: AnswerContext): string {
  const label = choiceLabel(schema, ui, value);
  if (label !== undefined) return label;
  if (typeof value === 'boolean') return value ? context.words.yes : context.words.no;
  if (typeof value === 'number') return formatNumber(value, context.language);
  if (typeof value === 'string' && schema.format === 'date') return formatDate(value, context.language);
  if (isRecord(value) || Array.isArray(value)) return describeAnswer(schema, ui, value, context).join('; ');
  return String(value);
}

/**
 * One answer in plain words for the "check your answers" page: choice titles instead of codes,
 * yes/no in words, dates and numbers as people write them. A group (an address) gives one line
 * per answered part, a list one line per item; nothing answered gives "not answered".
 *
 * @example describeAnswer({ type: 'boolean' }, {}, true, lvContext) // ['Jā']
 */
export function describeAnswer(
  fieldSchema: JsonSchema,
  ui: UiNode,
  value: unknown,
  context: AnswerContext,
): string[] {
  const schema = resolve(context.root, fieldSchema);
  if (isEmpty(value)) return [context.words.notAnswered];
  if (Array.isArray(value) && isAttachmentField(schema)) {
    return value.map((token) => context.fileName?.(String(token)) ?? String(token));
  }
  if (Array.isArray(value)) {
    const items = schema.items && !Array.isArray(schema.items) ? resolve(context.root, schema.items) : {};
    const itemUi = isRecord(ui.items) ? ui.items : {};
    if (items.properties) {
      return value.map(
        (item, index) => `${index + 1}. ${describeAnswer(items, itemUi, item, context).join('; ')}`,
      );
    }
    return [value.map((item) => single(items, itemUi, item, context)).join(', ')];
  }
  if (isRecord(value) && schema.properties) {
    const lines: string[] = [];
    for (const name of orderedNames(schema, ui)) {
      const child = schema.properties[name];
      if (!child || isEmpty(value[name])) continue;
      const childUi = isRecord(ui[name]) ? ui[name] : {};
      const resolved = resolve(context.root, child);
      lines.push(`${titleOf(name, resolved, childUi)}: ${single(resolved, childUi, value[name], context)}`);
    }
    return lines.length > 0 ? lines : [context.words.notAnswered];
  }
  return [single(schema, ui, value, context)];
}
