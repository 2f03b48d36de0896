/**
 * Named patterns for short text, chosen from a list instead of typed as a regular expression
 * (issue 3). Each is a `format` the shared ajv setup knows, or a short anchored pattern without
 * nested quantifiers, so none can freeze the form (`unsafe_pattern`) and each validates the same
 * in the browser and on the server. Same ids as builder/inspector/pattern-presets.ts.
 */
import type { LocalizedText } from '../service-definition.ts';

export interface TextPreset {
  id: string;
  label: LocalizedText;
  example: string;
  constraint: { format: string } | { pattern: string };
}

export const TEXT_PRESETS: readonly TextPreset[] = [
  {
    id: 'postal-code',
    label: { lv: 'Pasta indekss', en: 'Postal code' },
    example: 'LV-1050',
    constraint: { format: 'lv-postal-code' },
  },
  {
    id: 'phone',
    label: { lv: 'Tālruņa numurs', en: 'Phone number' },
    example: '+371 2612 3456',
    constraint: { format: 'lv-phone' },
  },
  {
    id: 'email',
    label: { lv: 'E-pasta adrese', en: 'E-mail address' },
    example: 'anna@example.lv',
    constraint: { format: 'email' },
  },
  {
    id: 'personal-code',
    label: { lv: 'Personas kods', en: 'Personal code' },
    example: '161175-19997',
    constraint: { format: 'lv-personal-code' },
  },
  {
    id: 'company-code',
    label: { lv: 'Uzņēmuma reģistrācijas numurs', en: 'Company registration number' },
    example: '40003032949',
    constraint: { format: 'lv-company-code' },
  },
  {
    id: 'digits',
    label: { lv: 'Tikai cipari', en: 'Digits only' },
    example: '012345',
    constraint: { pattern: '^[0-9]+$' },
  },
  {
    id: 'letters',
    label: { lv: 'Tikai burti', en: 'Letters only' },
    example: 'Bērziņa',
    constraint: { pattern: "^[\\p{L} '-]+$" },
  },
  {
    id: 'iban',
    label: { lv: 'Latvijas konta numurs (IBAN)', en: 'Latvian account number (IBAN)' },
    example: 'LV80BANK0000435195001',
    constraint: { pattern: '^LV[0-9]{2}[A-Z]{4}[0-9A-Z]{13}$' },
  },
  {
    id: 'vehicle',
    label: { lv: 'Transportlīdzekļa numurs', en: 'Vehicle registration number' },
    example: 'AB-1234',
    constraint: { pattern: '^[A-Z]{1,2}-[0-9]{1,4}$' },
  },
  {
    id: 'cadastre',
    label: { lv: 'Kadastra numurs', en: 'Cadastral number' },
    example: '01000010001',
    constraint: { pattern: '^[0-9]{11}$' },
  },
];

/** The preset a field's format or pattern is, if any (a hand-written pattern has none). */
export function textPresetOf(schema: { format?: unknown; pattern?: unknown }): TextPreset | undefined {
  return TEXT_PRESETS.find((preset) =>
    'format' in preset.constraint
      ? schema.format === preset.constraint.format
      : schema.pattern === preset.constraint.pattern,
  );
}
