/**
 * The checks on `form.schema` and what refers into it, in the order that keeps ajv safe: dialect
 * and root first, then one structural walk (refs, patterns, formats, limits, keywords), and ajv's
 * meta-schema check and compile only when the walk found nothing.
 */
import type { Ajv } from 'ajv';
import { ACCEPTED_DIALECT_URIS, FORM_SCHEMA_DIALECT, type JsonSchema } from '../json-schema.ts';
import { checkCompiles } from './check-compiles.ts';
import { checkFormLinks } from './check-form-links.ts';
import { checkPatterns } from './check-patterns.ts';
import { checkRefs } from './check-refs.ts';
import { type Issues, isRecord } from './shape-helpers.ts';
import { walkSchema } from './walk-schema.ts';

const BASE = '/form/schema';

/**
 * Checks the form schema of a migrated definition. Normalises an accepted spelling of the
 * draft-07 URI to FORM_SCHEMA_DIALECT in place, so `form` must be the checker's own copy.
 */
export function checkFormSchema(
  form: Record<string, unknown>,
  settings: unknown,
  ajv: Ajv,
  issues: Issues,
): void {
  const schema = form.schema as JsonSchema;
  const before = issues.length;
  if (typeof schema.$schema === 'string' && ACCEPTED_DIALECT_URIS.includes(schema.$schema)) {
    schema.$schema = FORM_SCHEMA_DIALECT;
  } else {
    issues.push({
      code: 'unknown_dialect',
      path: `${BASE}/$schema`,
      message: `$schema must be ${FORM_SCHEMA_DIALECT} (the dialect react-jsonschema-form renders completely).`,
    });
  }
  if (
    schema.type !== 'object' ||
    !isRecord(schema.properties) ||
    Object.keys(schema.properties).length === 0
  ) {
    issues.push({
      code: 'root_not_object',
      path: BASE,
      message: 'The form schema must be type "object" with at least one property.',
    });
  }
  const index = walkSchema(schema, BASE, issues);
  checkPatterns(index.patterns, issues);
  if (!index.complete) return;
  checkRefs(index, BASE, issues);
  const schemaIsSound = issues.length === before;
  checkFormLinks(form, settings, index, issues);
  if (schemaIsSound) checkCompiles(ajv, schema, BASE, issues);
}
