import {
  type CustomValidator,
  type ErrorTransformer,
  JUNK_OPTION_ID,
  type RJSFSchema,
  type UiSchema,
  type ValidationData,
  type ValidatorType,
} from '@rjsf/utils';
// By file: the package entry would bring ajv's compiler, which is what this validator replaces.
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import type { ErrorObject } from 'ajv';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { composePlainObject, mayBePlainObject } from '../../schema/plain-object-validator.ts';
import type { PrecompiledValidate, PrecompiledValidators } from '../../schema/standalone-validators.ts';
import { validatorName } from '../../schema/validator-key.ts';
import type { FormData } from './form-context.ts';

type S = RJSFSchema;

/**
 * RJSF's validator for a published form, backed by the functions the server precompiled for its
 * version (server/validators/, loaded by runtime/api/load-validators.ts): no schema is compiled in
 * the browser and no code is evaluated, so the page runs under a CSP without 'unsafe-eval'.
 *
 * Each schema RJSF asks about is found by its name (schema/validator-key.ts), computed without
 * titles and descriptions, so the translated schema the page renders finds the functions compiled
 * from the Latvian one. Errors go through @rjsf/validator-ajv8's own processing, so messages
 * (and our plain-language rewording of them) are exactly those of the compiling validator.
 *
 * A schema the server did not foresee cannot be compiled here: it counts as not matching (RJSF
 * then keeps its first option or the `else` branch), is reported once on the console and listed
 * in `missing` (the fixture corpus test checks it stays empty). The server validates every
 * submission in full regardless.
 */
export interface PrecompiledFormValidator extends ValidatorType<FormData, S> {
  /** Names of schemas asked about that had no precompiled function. */
  readonly missing: ReadonlySet<string>;
}

export function createPrecompiledValidator(functions: PrecompiledValidators): PrecompiledFormValidator {
  // RJSF passes the same schema objects again and again, and builds equal copies of options
  // while matching answers: names are computed once per object and once per spelling.
  const names = new WeakMap<object, string>();
  const namesBySpelling = new Map<string, string>();
  const missing = new Set<string>();
  // Plain objects (a large form's root) are composed from their fields' functions, once per object.
  const composedObjects = new WeakMap<object, PrecompiledValidate | null>();
  const find = (schema: S) => {
    // A plain object (a form's root without conditions) is composed from its fields' functions,
    // found by identity: it needs no name of its own, whose hashing would read a 1,000-field
    // root whole twice more (issue 4: the warm-up runs just after the form shows).
    if (mayBePlainObject(schema)) {
      let plain = composedObjects.get(schema);
      if (plain === undefined) {
        plain = composePlainObject(schema as JsonSchema, functions) ?? null;
        composedObjects.set(schema, plain);
      }
      if (plain) return plain;
    }
    let name = names.get(schema);
    if (name === undefined) {
      const spelling = JSON.stringify(schema);
      name = namesBySpelling.get(spelling);
      if (name === undefined) {
        name = validatorName(schema as JsonSchema);
        namesBySpelling.set(spelling, name);
      }
      names.set(schema, name);
    }
    const validate = Object.hasOwn(functions, name) ? functions[name] : undefined;
    if (!validate && !missing.has(name)) {
      missing.add(name);
      console.warn(`No precompiled validator for a schema of this form (${name}); treated as not matching.`);
    }
    return validate;
  };
  const rawValidation = <Result = ErrorObject>(schema: S, formData?: FormData) => {
    const validate = find(schema);
    if (!validate)
      return { errors: undefined, validationError: new Error('This form cannot be checked here.') };
    validate(formData);
    const errors = validate.errors ?? undefined;
    validate.errors = null;
    return { errors: errors as Result[] | undefined };
  };
  const validator: PrecompiledFormValidator = {
    missing,
    rawValidation,
    isValid(schema, formData) {
      if (schema.$id === JUNK_OPTION_ID) return false;
      const validate = find(schema);
      if (!validate) return false;
      const valid = validate(formData);
      validate.errors = null;
      return valid;
    },
    validateFormData(
      formData: FormData | undefined,
      schema: S,
      customValidate?: CustomValidator<FormData, S>,
      transformErrors?: ErrorTransformer<FormData, S>,
      uiSchema?: UiSchema<FormData, S>,
    ): ValidationData<FormData> {
      return processRawValidationErrors(
        validator,
        rawValidation<ErrorObject>(schema, formData),
        formData,
        schema,
        customValidate,
        transformErrors,
        uiSchema,
      );
    },
  };
  return validator;
}
