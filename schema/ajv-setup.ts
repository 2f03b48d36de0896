/**
 * The one ajv setup. The server validates submissions with `createAjv()`; the runtime builds its
 * react-jsonschema-form validator with `customizeValidator(RJSF_VALIDATOR_OPTIONS)`, which
 * constructs ajv from the same options, ajv-formats selection and format functions, so a form
 * never validates differently in the browser and on the server (rjsf's own advice: one validator
 * configuration, injected where it is needed).
 */
import { Ajv, type Options } from 'ajv';
import addFormats, { type FormatOptions } from 'ajv-formats';
import { ATTACHMENT_KEYWORD } from './attachments/attachment-field.ts';
import { CUSTOM_FORMATS, STANDARD_FORMATS } from './formats/custom-formats.ts';

/**
 * ajv options, also handed to rjsf as `ajvOptionsOverrides` (rjsf spreads them over its own
 * defaults, so every option that changes a result is spelled out here).
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  /*
   * Strict mode: unknown keywords and formats, ignored keywords and tuples without bounds make
   * compilation fail instead of being silently skipped. Two of its checks are off on purpose:
   * rjsf compiles `if` branches and `oneOf` options on their own, where `strictTypes` rejects
   * `{ properties: ... }` without `type` and `strictRequired` rejects `then: { required: [...] }`,
   * so conditional fields would silently never show.
   */
  strict: true,
  strictTypes: false,
  strictRequired: false,
  // `$data` references let a schema read submitted values as limits; forms never need it.
  $data: false,
  // `required: ['toString']` must not be satisfied by Object.prototype.toString.
  ownProperties: true,
  unicodeRegExp: true,
  validateFormats: true,
  // rjsf's default (AJV_CONFIG); stated so both sides round `multipleOf` identically.
  multipleOfPrecision: 8,
  discriminator: false,
  // Validation must not change the data it checks.
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  // No `loadSchema`: a form can never make the server or the browser fetch a remote schema.
};

/** Which ajv-formats formats we add, in `full` mode (real calendar dates, RFC 5321 e-mail shape). */
export const AJV_FORMAT_OPTIONS: FormatOptions = { mode: 'full', formats: [...STANDARD_FORMATS] };

/**
 * Adds the standard formats (this package's ajv-formats) and our own formats to an ajv instance.
 * Also rjsf's `extenderFn`: @rjsf/validator-ajv8 6.11 bundles ajv-formats 2.x, so letting it add
 * `email`/`date` itself would use a second copy; through this function both sides use one.
 */
export function addPlatformFormats(ajv: Ajv): Ajv {
  addFormats(ajv, AJV_FORMAT_OPTIONS);
  // Same call shape as rjsf's createAjvInstance (`addFormat(name, fn)`) for identical behaviour.
  for (const [name, validate] of Object.entries(CUSTOM_FORMATS)) ajv.addFormat(name, validate);
  addPlatformKeywords(ajv);
  return ajv;
}

/**
 * Our own keywords: `attachment` (the limits of a file field, schema/attachments), an annotation
 * whose value ajv checks against its meta-schema. Both sides add it, or strict mode would refuse
 * to compile a form with a file field.
 */
export function addPlatformKeywords(ajv: Ajv): Ajv {
  if (!ajv.getKeyword(ATTACHMENT_KEYWORD.keyword)) {
    ajv.addKeyword({ ...ATTACHMENT_KEYWORD, metaSchema: structuredClone(ATTACHMENT_KEYWORD.metaSchema) });
  }
  return ajv;
}

/**
 * What @rjsf/validator-ajv8's `customizeValidator` needs to build the same validator in the
 * browser. Kept free of @rjsf types so schema/ does not depend on the React stack.
 * @example customizeValidator(RJSF_VALIDATOR_OPTIONS) // in runtime/form
 */
export const RJSF_VALIDATOR_OPTIONS = {
  customFormats: { ...CUSTOM_FORMATS },
  ajvOptionsOverrides: AJV_OPTIONS,
  ajvFormatOptions: false,
  extenderFn: addPlatformFormats,
} as const;

/**
 * Creates a draft-07 ajv instance with our options and formats. Each instance keeps its compiled
 * schemas, so create one per process (or per test) and pass it down; do not create one per request.
 * @example const validate = createAjv().compile(definition.form.schema)
 */
export function createAjv(): Ajv {
  return addPlatformFormats(new Ajv(AJV_OPTIONS));
}

export type { Ajv };
