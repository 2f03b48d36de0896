import { isLvCompanyCode } from './lv-company-code.ts';
import { isLvPersonalCode } from './lv-personal-code.ts';
import { isLvPhone } from './lv-phone.ts';
import { isLvPostalCode } from './lv-postal-code.ts';

/**
 * Our own `format` validators, by name. Plain `(text) => boolean` functions because that is the
 * one shape both `ajv.addFormat` and @rjsf/validator-ajv8's `customFormats` accept, so the
 * server and the browser register exactly the same functions.
 */
export const CUSTOM_FORMATS = {
  'lv-personal-code': isLvPersonalCode,
  'lv-company-code': isLvCompanyCode,
  'lv-phone': isLvPhone,
  'lv-postal-code': isLvPostalCode,
} as const satisfies Record<string, (value: string) => boolean>;

export type CustomFormatName = keyof typeof CUSTOM_FORMATS;

/** The formats we take from ajv-formats (in its `full` mode, which checks real calendar dates). */
export const STANDARD_FORMATS = ['email', 'date'] as const;

export type StandardFormatName = (typeof STANDARD_FORMATS)[number];
