/**
 * The accepted file types of an attachment field, as staff choose them in the builder: grouped
 * by what people know (documents, spreadsheets and presentations, pictures, signed documents)
 * instead of by extension. The groups together are exactly the Latvian e-services list
 * (ATTACHMENT_TYPES).
 */
import type { JsonSchema } from '../json-schema.ts';
import type { LocalizedText } from '../service-definition.ts';
import { ATTACHMENT_TYPES, type AttachmentType } from './attachment-field.ts';

export interface FileTypeGroup {
  id: 'documents' | 'tables' | 'pictures' | 'signed';
  label: LocalizedText;
  types: readonly AttachmentType[];
}

export const FILE_TYPE_GROUPS: readonly FileTypeGroup[] = [
  {
    id: 'documents',
    label: { lv: 'Teksta dokumenti', en: 'Text documents' },
    types: ['pdf', 'doc', 'docx', 'odt'],
  },
  {
    id: 'tables',
    label: { lv: 'Tabulas un prezentācijas', en: 'Spreadsheets and presentations' },
    types: ['ods', 'odp', 'xlsx', 'pptx'],
  },
  {
    id: 'pictures',
    label: { lv: 'Attēli un skenējumi', en: 'Pictures and scans' },
    types: ['jpg', 'jpeg', 'png', 'tif', 'tiff'],
  },
  {
    id: 'signed',
    label: { lv: 'E-parakstīti dokumenti', en: 'E-signed documents' },
    types: ['edoc', 'asice'],
  },
];

/**
 * Why `types` cannot be a field's accepted types (an English sentence for developers), or
 * undefined when it can. `undefined` means the whole list (the keyword is left out).
 */
export function fileTypesProblem(types: readonly string[] | undefined): string | undefined {
  if (types === undefined) return undefined;
  if (!Array.isArray(types) || types.length === 0) return 'choose at least one file type';
  const unknown = types.find((type) => !(ATTACHMENT_TYPES as readonly string[]).includes(type));
  if (unknown !== undefined) return `file type ${JSON.stringify(unknown)} is not on the accepted list`;
  if (new Set(types).size !== types.length) return 'a file type is named twice';
  return undefined;
}

/**
 * The attachment field's schema with these accepted types, in the list's order (undefined: the
 * whole list, as a new file field has). Throws on what fileTypesProblem reports.
 * @example applyFileTypes({ type: 'array', attachment: {} }, ['png', 'pdf']).attachment // { types: ['pdf', 'png'] }
 */
export function applyFileTypes(schema: JsonSchema, types: readonly string[] | undefined): JsonSchema {
  const problem = fileTypesProblem(types);
  if (problem) throw new Error(`setFileTypes: ${problem}`);
  const { types: _old, ...rules } = (schema.attachment ?? {}) as Record<string, unknown>;
  const ordered = ATTACHMENT_TYPES.filter((type) => types === undefined || types.includes(type));
  return { ...schema, attachment: { ...rules, types: ordered } };
}
