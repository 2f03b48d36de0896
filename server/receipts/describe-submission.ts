/**
 * What a receipt shows (issue 4): each answered question with its label in the person's language,
 * in the form's order (steps, then `ui:order`), values as people write them: choice labels, yes/no
 * in words, dates as 16.11.1975 (lv) or 16 November 1975 (en), sections one line per part, file
 * fields by file name. Questions left empty are left out.
 */
import { isAttachmentField } from '../../schema/attachments/attachment-field.ts';
import { topLevelFields } from '../../schema/conditions/top-level-fields.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { Language, ServiceDefinition } from '../../schema/service-definition.ts';

export interface ReceiptAnswer {
  label: string;
  lines: string[];
}

export interface ReceiptSection {
  /** The step's title; absent for a form without steps. */
  title?: string;
  answers: ReceiptAnswer[];
}

const WORDS = {
  lv: { yes: 'Jā', no: 'Nē' },
  en: { yes: 'Yes', no: 'No' },
} as const;
const EN_MONTHS =
  'January February March April May June July August September October November December'.split(' ');

type Files = ReadonlyMap<string, readonly string[]>;

interface Context {
  definition: ServiceDefinition;
  language: Language;
  /** File names by the data path of their field. */
  files: Files;
}

export function describeSubmission(
  definition: ServiceDefinition,
  data: Record<string, unknown>,
  language: Language,
  files: Files,
): ReceiptSection[] {
  const context: Context = { definition, language, files };
  const fields = topLevelFields(definition.form.schema);
  const ui = definition.form.uiSchema;
  const order = ordered([...fields.keys()], ui['ui:order']);
  const steps =
    definition.form.steps.length > 0
      ? definition.form.steps.map((step) => ({
          title: step.title[language] || step.title.lv,
          fields: step.fields,
        }))
      : [{ title: undefined, fields: order }];
  return steps
    .map((step) => ({
      ...(step.title ? { title: step.title } : {}),
      answers: step.fields.flatMap((key) => {
        const field = fields.get(key);
        if (!field || !isRecord(field.schema)) return [];
        const lines = describeValue(
          field.schema as JsonSchema,
          field.pointer,
          `/${key}`,
          data[key],
          record(ui[key]),
          context,
        );
        return lines.length > 0
          ? [{ label: labelOf(field.schema as JsonSchema, field.pointer, key, context), lines }]
          : [];
      }),
    }))
    .filter((section) => section.answers.length > 0);
}

function describeValue(
  schema: JsonSchema,
  pointer: string,
  dataPath: string,
  value: unknown,
  ui: Record<string, unknown>,
  context: Context,
): string[] {
  if (isAttachmentField(schema)) return [...(context.files.get(dataPath) ?? [])];
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    const items = isRecord(schema.items) ? (schema.items as JsonSchema) : {};
    if (items.properties) {
      return value.map(
        (item, index) =>
          `${index + 1}. ${describeValue(items, `${pointer}/items`, `${dataPath}/${index}`, item, record(ui.items), context).join('; ')}`,
      );
    }
    return [value.map((item) => single(items, `${pointer}/items`, item, context)).join(', ')];
  }
  if (isRecord(value) && schema.properties) {
    const lines: string[] = [];
    for (const key of ordered(Object.keys(schema.properties), ui['ui:order'])) {
      const child = schema.properties[key];
      if (!child) continue;
      const childPointer = `${pointer}/properties/${key}`;
      const text = describeValue(
        child,
        childPointer,
        `${dataPath}/${key}`,
        value[key],
        record(ui[key]),
        context,
      );
      if (text.length > 0) lines.push(`${labelOf(child, childPointer, key, context)}: ${text.join('; ')}`);
    }
    return lines;
  }
  return [single(schema, pointer, value, context)];
}

function single(schema: JsonSchema, pointer: string, value: unknown, context: Context): string {
  const options = schema.oneOf ?? schema.anyOf;
  const index = options?.findIndex((option) => option.const === value) ?? -1;
  if (options && index >= 0) {
    const english =
      context.definition.form.translations.en?.[`${pointer}/${schema.oneOf ? 'oneOf' : 'anyOf'}/${index}`];
    const title = context.language === 'en' && english?.title ? english.title : options[index]!.title;
    if (typeof title === 'string') return title;
  }
  if (typeof value === 'boolean') return value ? WORDS[context.language].yes : WORDS[context.language].no;
  if (typeof value === 'number') {
    return new Intl.NumberFormat(context.language === 'lv' ? 'lv-LV' : 'en-GB', {
      maximumFractionDigits: 10,
    }).format(value);
  }
  if (typeof value === 'string' && schema.format === 'date') return formatDate(value, context.language);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function labelOf(schema: JsonSchema, pointer: string, key: string, context: Context): string {
  const english = context.definition.form.translations.en?.[pointer]?.title;
  if (context.language === 'en' && english) return english;
  return typeof schema.title === 'string' && schema.title !== '' ? schema.title : key;
}

export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return language === 'lv'
    ? `${day}.${month}.${year}`
    : `${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}`;
}

/** Date and time in Riga, as the receipt states when the submission arrived. */
export function formatInstant(iso: string, language: Language): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Riga',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const date = formatDate(`${get('year')}-${get('month')}-${get('day')}`, language);
  return `${date} ${get('hour')}:${get('minute')} (${language === 'lv' ? 'Rīgas laiks' : 'Riga time'})`;
}

function ordered(keys: string[], order: unknown): string[] {
  if (!Array.isArray(order)) return keys;
  const listed = order.filter((key): key is string => typeof key === 'string' && keys.includes(key));
  return [...listed, ...keys.filter((key) => !listed.includes(key))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
