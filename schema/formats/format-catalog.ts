import type { LocalizedText } from '../service-definition.ts';
import type { CustomFormatName, StandardFormatName } from './custom-formats.ts';

export type FormatName = CustomFormatName | StandardFormatName;

export interface FormatInfo {
  name: FormatName;
  /** What the builder shows agency staff when they pick a format for a text field. */
  label: LocalizedText;
  /** A value that passes, for placeholders and help texts. */
  example: string;
}

/**
 * Every `format` a form may use, in the order the builder offers them. The checker rejects any
 * other name (`unknown_format`), so this list is also the contract with the runtime.
 */
export const FORMAT_CATALOG: readonly FormatInfo[] = [
  { name: 'lv-personal-code', label: { lv: 'Personas kods', en: 'Personal code' }, example: '161175-19997' },
  {
    name: 'lv-company-code',
    label: { lv: 'Uzņēmuma reģistrācijas numurs', en: 'Company registration number' },
    example: '40003032949',
  },
  { name: 'lv-phone', label: { lv: 'Tālruņa numurs', en: 'Phone number' }, example: '+371 2612 3456' },
  { name: 'lv-postal-code', label: { lv: 'Pasta indekss', en: 'Postal code' }, example: 'LV-1050' },
  {
    name: 'email',
    label: { lv: 'E-pasta adrese', en: 'E-mail address' },
    example: 'janis.berzins@example.lv',
  },
  { name: 'date', label: { lv: 'Datums', en: 'Date' }, example: '2025-03-14' },
];

/** The names alone, for quick membership checks. */
export const FORMAT_NAMES: ReadonlySet<string> = new Set(FORMAT_CATALOG.map((format) => format.name));
