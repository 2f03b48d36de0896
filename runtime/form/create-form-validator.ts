import type { FormContextType, RJSFSchema, StrictRJSFSchema, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import addFormats from 'ajv-formats';
import { AJV_FORMAT_OPTIONS, addPlatformKeywords, RJSF_VALIDATOR_OPTIONS } from '../../schema/ajv-setup.ts';

/**
 * The browser's validator, built from the same ajv options and format functions as the server's
 * (schema/ajv-setup.ts), so a form that passes here is not rejected there for a different reason.
 *
 * The standard formats are added through `extenderFn` with *our* ajv-formats rather than through
 * `ajvFormatOptions`: @rjsf/validator-ajv8 6.11 depends on ajv-formats 2.x and would apply the
 * options with its own nested copy, while the server's `createAjv()` uses 3.x. Today `email` and
 * `date` validate the same in both, but one copy is the only way to keep it so.
 * Each validator caches compiled schemas: create one per form, not per render.
 */
export function createFormValidator<
  T = unknown,
  S extends StrictRJSFSchema = RJSFSchema,
  F extends FormContextType = FormContextType,
>(): ValidatorType<T, S, F> {
  return customizeValidator<T, S, F>({
    customFormats: RJSF_VALIDATOR_OPTIONS.customFormats,
    ajvOptionsOverrides: RJSF_VALIDATOR_OPTIONS.ajvOptionsOverrides,
    ajvFormatOptions: false,
    extenderFn: (ajv) => addPlatformKeywords(addFormats(ajv, AJV_FORMAT_OPTIONS)),
  });
}
