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
import { isPlainRoot, pickProperties } from './pick-properties.ts';

/** Fields per compiled piece: small enough that compiling one never blocks a keystroke for long. */
export const CHECK_CHUNK_SIZE = 25;

export interface CheckResult {
  /** In page order of the schema's properties, already worded by the transform. */
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
  /** Compiles one more piece ahead of need, e.g. in idle time; false once everything is compiled. */
  warmUp(): boolean;
}

interface Unit {
  schema: RJSFSchema;
  /** Undefined: the unit is the whole form. */
  fields: readonly string[] | undefined;
  compiled: boolean;
}

function topField(error: RJSFValidationError): string | undefined {
  return toPath(error.property ?? '').find((segment) => segment !== '');
}

function pick(data: FormData, fields: readonly string[]): FormData {
  const picked: FormData = {};
  for (const field of fields) if (Object.hasOwn(data, field)) picked[field] = data[field];
  return picked;
}

/**
 * Validation of the citizen's answers, step by step or all at once, with the shared ajv setup
 * (the RJSF validator built from schema/ajv-setup.ts).
 *
 * Compiling a schema is the costly part (about 300 ms for 1,000 fields here, issue 4's
 * benchmark) and needs nothing from the citizen, so a form whose root is a plain object (no
 * conditions or combinators at the top) is split into pieces of {@link CHECK_CHUNK_SIZE} fields:
 * an object schema with only `properties` and `required` is valid exactly when each piece is,
 * so the result is the same as one validation of the whole, and the pieces can be compiled one
 * at a time in idle moments (`warmUp`) instead of all at once on the first "Continue". Forms
 * with conditions at the root are validated whole, then filtered to the fields asked about.
 * Precompiled validators from publish time (ajv standalone code) would remove even the idle work.
 */
export function createAnswerChecker(
  schema: JsonSchema,
  validator: ValidatorType<FormData, RJSFSchema>,
  fieldOrder: readonly string[],
): AnswerChecker {
  const units: Unit[] = [];
  if (isPlainRoot(schema)) {
    for (let start = 0; start < fieldOrder.length; start += CHECK_CHUNK_SIZE) {
      const fields = fieldOrder.slice(start, start + CHECK_CHUNK_SIZE);
      units.push({ schema: pickProperties(schema, fields) as RJSFSchema, fields, compiled: false });
    }
  } else {
    units.push({ schema: schema as RJSFSchema, fields: undefined, compiled: false });
  }

  return {
    check(data, options = {}) {
      const { fields, includeFormLevel = !fields, transformErrors } = options;
      const errors: RJSFValidationError[] = [];
      for (const unit of units) {
        if (fields && unit.fields && !unit.fields.some((field) => fields.has(field))) continue;
        const input = unit.fields ? pick(data, unit.fields) : data;
        unit.compiled = true;
        const result = validator.validateFormData(input, unit.schema, undefined, transformErrors);
        for (const error of result.errors) {
          const field = topField(error);
          if (field === undefined ? includeFormLevel : !fields || fields.has(field)) {
            // Titles are looked up later in the page's language; the validator only knows the Latvian ones.
            errors.push({ ...error, title: undefined });
          }
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
      const next = units.find((unit) => !unit.compiled);
      if (!next) return false;
      next.compiled = true;
      validator.rawValidation(next.schema, {});
      return units.some((unit) => !unit.compiled);
    },
  };
}
