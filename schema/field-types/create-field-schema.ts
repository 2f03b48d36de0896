/**
 * Builds the JSON Schema and UI schema of a new field of each palette type. Plain draft-07 that
 * react-jsonschema-form 6 renders without custom fields or widgets, in the patterns the demo
 * services use: choices are `oneOf` entries of `const` + `title`, yes/no is a boolean shown as
 * radio buttons, an address is an object of street, city and postal code.
 *
 * Choices made here (issue 3):
 * - A section is an object property with a title: RJSF renders it as a fieldset with a legend
 *   (a named group for screen readers), its `required` and `ui:order` work as everywhere else, and
 *   a condition on the section hides it whole. The price is one level of nesting in the data.
 * - A content block is a `type: 'null'` property: RJSF's NullField renders no input, the title
 *   and description show as text, and it validates with no answer (RJSF stores `null`, which the
 *   type accepts). A uiSchema-only block has nowhere to sit between two questions.
 * - Text fields get a `maxLength` and lists a `maxItems`, so no answer is unbounded.
 */
import {
  ATTACHMENT_TOKEN_PATTERN,
  ATTACHMENT_TYPES,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_FILES,
} from '../attachments/attachment-field.ts';
import { LIMITS } from '../definition-issue.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { FieldText, LocalizedText } from '../service-definition.ts';
import type { CreatableFieldType } from './field-types.ts';

export interface ChoiceOption {
  /** What the answer stores; stable once published (agencies' systems read it). */
  value: string;
  label: LocalizedText;
}

export interface FieldOptions {
  label: LocalizedText;
  /** Single and multiple choice; two numbered options when not given. */
  choices?: readonly ChoiceOption[];
  /** Single choice: radio buttons (default) or a dropdown list. */
  display?: 'radio' | 'dropdown';
  /** Number: whole numbers only. */
  integer?: boolean;
  /** Content block: the text under its heading. */
  text?: LocalizedText;
}

export interface FieldBlueprint {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  /** English texts by pointer relative to the field's own schema (`''` is the field itself). */
  english: Record<string, FieldText>;
}

export const DEFAULT_CHOICES: readonly ChoiceOption[] = [
  { value: 'option-1', label: { lv: '1. iespēja', en: 'Option 1' } },
  { value: 'option-2', label: { lv: '2. iespēja', en: 'Option 2' } },
];

const ADDRESS_PARTS = [
  [
    'street',
    { lv: 'Iela, mājas numurs, dzīvoklis', en: 'Street, house number, flat' },
    { minLength: 1, maxLength: 200 },
  ],
  ['city', { lv: 'Pilsēta vai pagasts', en: 'City or parish' }, { minLength: 1, maxLength: 100 }],
  ['postalCode', { lv: 'Pasta indekss', en: 'Postal code' }, { format: 'lv-postal-code' }],
] as const;

/** Default bound of a repeating group: enough for a family, small enough to review. */
export const DEFAULT_MAX_ROWS = 10;

/**
 * @example createFieldSchema('yes-no', { label: { lv: 'Vai jums ir suns?', en: 'Do you have a dog?' } })
 * // { schema: { type: 'boolean', title: 'Vai jums ir suns?' }, uiSchema: { 'ui:widget': 'radio' },
 * //   english: { '': { title: 'Do you have a dog?' } } }
 */
export function createFieldSchema(type: CreatableFieldType, options: FieldOptions): FieldBlueprint {
  const title = options.label.lv;
  const english: Record<string, FieldText> = { '': { title: options.label.en } };
  const text = (schema: JsonSchema, uiSchema: Record<string, unknown> = {}): FieldBlueprint => ({
    schema: { title, ...schema },
    uiSchema,
    english,
  });
  switch (type) {
    case 'short-text':
      return text({ type: 'string', maxLength: 200 });
    case 'long-text':
      return text({ type: 'string', maxLength: 4000 }, { 'ui:widget': 'textarea' });
    case 'number':
      return text({ type: options.integer ? 'integer' : 'number' });
    case 'date':
      return text({ type: 'string', format: 'date' });
    case 'email':
      return text({ type: 'string', format: 'email', maxLength: 254 });
    case 'phone':
      return text({ type: 'string', format: 'lv-phone' });
    case 'personal-code':
      return text({ type: 'string', format: 'lv-personal-code' });
    case 'company-code':
      return text({ type: 'string', format: 'lv-company-code' });
    case 'yes-no':
      return text({ type: 'boolean' }, { 'ui:widget': 'radio' });
    case 'address':
      return address(title, english);
    case 'single-choice': {
      const choices = choicesOf(options);
      addChoiceTexts(english, '', choices);
      return text(
        { type: 'string', oneOf: choices.map(choiceSchema) },
        { 'ui:widget': options.display === 'dropdown' ? 'select' : 'radio' },
      );
    }
    case 'multiple-choice': {
      const choices = choicesOf(options);
      addChoiceTexts(english, '/items', choices);
      return text(
        {
          type: 'array',
          uniqueItems: true,
          maxItems: choices.length,
          items: { type: 'string', oneOf: choices.map(choiceSchema) },
        },
        { 'ui:widget': 'checkboxes' },
      );
    }
    case 'repeating-group':
      return text(
        { type: 'array', maxItems: DEFAULT_MAX_ROWS, items: { type: 'object', properties: {} } },
        { items: { 'ui:order': [] } },
      );
    case 'section':
      return text({ type: 'object', properties: {} }, { 'ui:order': [] });
    case 'attachment':
      return text({
        type: 'array',
        maxItems: DEFAULT_MAX_FILES,
        items: { type: 'string', pattern: ATTACHMENT_TOKEN_PATTERN },
        attachment: { maxFileBytes: DEFAULT_MAX_FILE_BYTES, types: [...ATTACHMENT_TYPES] },
      });
    case 'content': {
      const body = options.text ?? { lv: '', en: '' };
      english[''] = { title: options.label.en, description: body.en };
      return text({ type: 'null', description: body.lv });
    }
  }
}

function choicesOf(options: FieldOptions): readonly ChoiceOption[] {
  const choices = options.choices ?? DEFAULT_CHOICES;
  if (choices.length === 0 || choices.length > LIMITS.maxAlternatives) {
    throw new Error(`createFieldSchema: a choice needs 1 to ${LIMITS.maxAlternatives} options`);
  }
  return choices;
}

export function choiceSchema(choice: ChoiceOption): JsonSchema {
  return { const: choice.value, title: choice.label.lv };
}

function addChoiceTexts(
  english: Record<string, FieldText>,
  at: string,
  choices: readonly ChoiceOption[],
): void {
  choices.forEach((choice, index) => {
    english[`${at}/oneOf/${index}`] = { title: choice.label.en };
  });
}

function address(title: string, english: Record<string, FieldText>): FieldBlueprint {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, label, constraints] of ADDRESS_PARTS) {
    properties[key] = { type: 'string', title: label.lv, ...constraints };
    english[`/properties/${key}`] = { title: label.en };
  }
  return {
    schema: { type: 'object', title, required: ADDRESS_PARTS.map(([key]) => key), properties },
    uiSchema: { 'ui:order': ADDRESS_PARTS.map(([key]) => key) },
    english,
  };
}

/** The address parts' keys, which tell an address from a section (field-type-of.ts). */
export const ADDRESS_KEYS: readonly string[] = ADDRESS_PARTS.map(([key]) => key);
