import {
  type ErrorSchema,
  ErrorSchemaBuilder,
  type ErrorTransformer,
  type RJSFSchema,
  type RJSFValidationError,
  toPath,
  type ValidatorType,
} from '@rjsf/utils';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { FormData } from './form-context.ts';

export interface CheckResult {
  /** Already worded by the transform; the error summary puts them in page order. */
  errors: RJSFValidationError[];
  /** The same errors by field, as RJSF's `extraErrors` expects them. */
  errorSchema: ErrorSchema;
}

export interface CheckOptions {
  /** Only errors of these top-level fields; all when omitted. */
  fields?: ReadonlySet<string>;
  /** Keep errors about the form as a whole (no field); they belong to the last step. */
  includeFormLevel?: boolean;
  /** Rewords ajv's messages (plain language in the page's language). */
  transformErrors?: ErrorTransformer<FormData, RJSFSchema>;
}

export interface AnswerChecker {
  /** Validates answers with the shared validator, as the server will (minus unknown keys, which the runtime never sends). */
  check(data: FormData, options?: CheckOptions): CheckResult;
  /** Runs the validator once ahead of need, e.g. in idle time; false once that is done. */
  warmUp(): boolean;
}

function topField(error: RJSFValidationError): string | undefined {
  return toPath(error.property ?? '').find((segment) => segment !== '');
}

/**
 * Validation of the citizen's answers, step by step or all at once: the whole form is validated
 * (with its conditions, as the server does) and the errors are filtered to the fields asked about.
 * On the citizen pages the validator runs code the server precompiled for the published version
 * (runtime/form/precompiled-validator.ts), so a check of 1,000 fields takes about a millisecond;
 * `warmUp` runs it once in idle time, so the browser has prepared that code before the first
 * "Continue" (issue 4: first submit within 50 ms).
 */
export function createAnswerChecker(
  schema: JsonSchema,
  validator: ValidatorType<FormData, RJSFSchema>,
): AnswerChecker {
  let warm = false;
  return {
    check(data, options = {}) {
      const { fields, includeFormLevel = !fields, transformErrors } = options;
      warm = true;
      const result = validator.validateFormData(data, schema as RJSFSchema, undefined, transformErrors);
      const errors: RJSFValidationError[] = [];
      for (const error of result.errors) {
        const field = topField(error);
        if (field === undefined ? includeFormLevel : !fields || fields.has(field)) {
          // Titles are looked up later in the page's language; the validator only knows the Latvian ones.
          errors.push({ ...error, title: undefined });
        }
      }
      const builder = new ErrorSchemaBuilder<FormData>();
      for (const error of errors) {
        builder.addErrors(
          error.message ?? error.stack,
          toPath(error.property ?? '').filter((s) => s !== ''),
        );
      }
      return { errors, errorSchema: builder.ErrorSchema };
    },
    warmUp() {
      if (warm) return false;
      warm = true;
      validator.rawValidation(schema as RJSFSchema, {});
      return false;
    },
  };
}
