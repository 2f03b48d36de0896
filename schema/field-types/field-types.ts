/**
 * The field types the builder's palette offers (issue 3), each a plain JSON Schema + UI schema
 * pattern (see create-field-schema.ts), with the constraints its properties panel may set.
 *
 * Two palette entries are not fields:
 * - `page-break` is a step boundary in `form.steps` (builder operation addStep), not a property;
 *
 * `attachment` is a list of upload tokens with an `attachment` keyword for its limits (see
 * schema/attachments/attachment-field.ts): files are uploaded first, answers name them.
 */
import type { LocalizedText } from '../service-definition.ts';

export const FIELD_TYPE_IDS = [
  'short-text',
  'long-text',
  'number',
  'date',
  'email',
  'phone',
  'personal-code',
  'company-code',
  'address',
  'yes-no',
  'single-choice',
  'multiple-choice',
  'attachment',
  'repeating-group',
  'section',
  'page-break',
  'content',
] as const;
export type FieldTypeId = (typeof FIELD_TYPE_IDS)[number];

/** The types createFieldSchema can build (a property in the form schema). */
export type CreatableFieldType = Exclude<FieldTypeId, 'page-break'>;

/**
 * What the properties panel may constrain (setConstraint); `preset` picks a named pattern. The
 * e-mail, phone and code types are short text with a fixed preset: choosing another preset (or
 * none) for them, or theirs for a short text, changes the field's type accordingly.
 */
export const CONSTRAINT_NAMES = [
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'preset',
  /** A file field's largest file, in whole megabytes (its `attachment.maxFileBytes`). */
  'maxFileMegabytes',
] as const;
export type ConstraintName = (typeof CONSTRAINT_NAMES)[number];

export interface FieldTypeInfo {
  id: FieldTypeId;
  /** The palette's label. */
  label: LocalizedText;
  /** `question`: one answer; `group`: holds fields; `layout`: no answer (text, page break). */
  kind: 'question' | 'group' | 'layout';
  constraints: readonly ConstraintName[];
  /** False for a type that is listed but cannot be created yet. */
  available: boolean;
}

const LENGTHS: readonly ConstraintName[] = ['minLength', 'maxLength'];
const ITEMS: readonly ConstraintName[] = ['minItems', 'maxItems'];

/** In palette order. */
export const FIELD_TYPES: readonly FieldTypeInfo[] = [
  {
    id: 'short-text',
    label: { lv: 'Īss teksts', en: 'Short text' },
    kind: 'question',
    constraints: [...LENGTHS, 'preset'],
    available: true,
  },
  {
    id: 'long-text',
    label: { lv: 'Garš teksts', en: 'Long text' },
    kind: 'question',
    constraints: LENGTHS,
    available: true,
  },
  {
    id: 'number',
    label: { lv: 'Skaitlis', en: 'Number' },
    kind: 'question',
    constraints: ['minimum', 'maximum'],
    available: true,
  },
  { id: 'date', label: { lv: 'Datums', en: 'Date' }, kind: 'question', constraints: [], available: true },
  {
    id: 'email',
    label: { lv: 'E-pasts', en: 'E-mail' },
    kind: 'question',
    constraints: ['maxLength', 'preset'],
    available: true,
  },
  {
    id: 'phone',
    label: { lv: 'Tālrunis', en: 'Phone' },
    kind: 'question',
    constraints: ['preset'],
    available: true,
  },
  {
    id: 'personal-code',
    label: { lv: 'Personas kods', en: 'Personal code' },
    kind: 'question',
    constraints: ['preset'],
    available: true,
  },
  {
    id: 'company-code',
    label: { lv: 'Uzņēmuma reģistrācijas numurs', en: 'Company registration number' },
    kind: 'question',
    constraints: ['preset'],
    available: true,
  },
  {
    id: 'address',
    label: { lv: 'Adrese', en: 'Address' },
    kind: 'question',
    constraints: [],
    available: true,
  },
  {
    id: 'yes-no',
    label: { lv: 'Jā vai nē', en: 'Yes or no' },
    kind: 'question',
    constraints: [],
    available: true,
  },
  {
    id: 'single-choice',
    label: { lv: 'Viena izvēle', en: 'Single choice' },
    kind: 'question',
    constraints: [],
    available: true,
  },
  {
    id: 'multiple-choice',
    label: { lv: 'Vairākas izvēles', en: 'Multiple choice' },
    kind: 'question',
    constraints: ITEMS,
    available: true,
  },
  {
    id: 'attachment',
    label: { lv: 'Pielikums', en: 'File attachment' },
    kind: 'question',
    constraints: [...ITEMS, 'maxFileMegabytes'],
    available: true,
  },
  {
    id: 'repeating-group',
    label: { lv: 'Atkārtojama grupa', en: 'Repeating group' },
    kind: 'group',
    constraints: ITEMS,
    available: true,
  },
  { id: 'section', label: { lv: 'Sadaļa', en: 'Section' }, kind: 'group', constraints: [], available: true },
  {
    id: 'page-break',
    label: { lv: 'Jauns solis', en: 'Page break' },
    kind: 'layout',
    constraints: [],
    available: true,
  },
  {
    id: 'content',
    label: { lv: 'Teksta bloks', en: 'Content block' },
    kind: 'layout',
    constraints: [],
    available: true,
  },
];

/**
 * @example fieldTypeInfo('section').label.en // 'Section'
 */
export function fieldTypeInfo(id: FieldTypeId): FieldTypeInfo {
  const info = FIELD_TYPES.find((type) => type.id === id);
  if (!info) throw new Error(`fieldTypeInfo: no field type ${String(id)}`);
  return info;
}
