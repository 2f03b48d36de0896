/**
 * Which palette type a field is, read from its schema and UI schema alone, so definitions written
 * by hand or imported get the right properties panel too. Fields that match no type are `custom`:
 * the builder shows them, moves them and edits their labels, but offers no type-specific settings.
 */

import { isAttachmentField } from '../attachments/attachment-field.ts';
import type { JsonSchema } from '../json-schema.ts';
import { choiceValues, multipleChoiceValues } from './choice-values.ts';
import { ADDRESS_KEYS } from './create-field-schema.ts';
import type { FieldTypeId } from './field-types.ts';

const TYPE_OF_FORMAT: Readonly<Record<string, FieldTypeId>> = {
  date: 'date',
  email: 'email',
  'lv-phone': 'phone',
  'lv-personal-code': 'personal-code',
  'lv-company-code': 'company-code',
};

/**
 * @example fieldTypeOf({ type: 'string', format: 'lv-phone' }) // 'phone'
 */
export function fieldTypeOf(schema: unknown, uiSchema: unknown = {}): FieldTypeId | 'custom' {
  if (!isRecord(schema)) return 'custom';
  const field = schema as JsonSchema;
  const ui = isRecord(uiSchema) ? uiSchema : {};
  switch (field.type) {
    case 'null':
      return 'content';
    case 'boolean':
      return 'yes-no';
    case 'number':
    case 'integer':
      return 'number';
    case 'object':
      if (!isRecord(field.properties)) return 'custom';
      return isAddress(field.properties) ? 'address' : 'section';
    case 'array': {
      if (isAttachmentField(field)) return 'attachment';
      if (multipleChoiceValues(field)) return 'multiple-choice';
      const items = field.items;
      return isRecord(items) && items.type === 'object' && isRecord(items.properties)
        ? 'repeating-group'
        : 'custom';
    }
    case 'string':
      if (choiceValues(field)) return 'single-choice';
      if (typeof field.format === 'string') return TYPE_OF_FORMAT[field.format] ?? 'short-text';
      return ui['ui:widget'] === 'textarea' ? 'long-text' : 'short-text';
    default:
      return 'custom';
  }
}

/** Sections and repeating groups hold fields staff place; an address's parts are fixed. */
export function isFieldContainer(schema: unknown): boolean {
  const type = fieldTypeOf(schema);
  return type === 'section' || type === 'repeating-group';
}

function isAddress(properties: Record<string, unknown>): boolean {
  const keys = Object.keys(properties);
  return (
    keys.length === ADDRESS_KEYS.length &&
    ADDRESS_KEYS.every((key) => keys.includes(key)) &&
    (properties.postalCode as JsonSchema).format === 'lv-postal-code'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
