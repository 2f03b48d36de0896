/**
 * The checks on `form.schema` and what refers into it, in the order that keeps ajv safe: dialect
 * and root first, then one structural walk (refs, patterns, formats, limits, keywords), and ajv's
 * meta-schema check and compile only when the walk found nothing.
 */
import type { Ajv } from 'ajv';
import { topLevelFields } from '../conditions/top-level-fields.ts';
import { ACCEPTED_DIALECT_URIS, FORM_SCHEMA_DIALECT, type JsonSchema } from '../json-schema.ts';
import type { ServiceForm } from '../service-definition.ts';
import { checkCompiles } from './check-compiles.ts';
import { checkConditionLinks, checkConditionsCompiled } from './check-conditions.ts';
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
  // Only read as a ServiceForm once every shape check before this one passed (see the caller).
  const model = form as unknown as ServiceForm;
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
  if (schema.type !== 'object' || !isRecord(schema.properties) || topLevelFields(schema).size === 0) {
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
  if (conditionsAreReadable(issues)) checkConditionLinks(model, issues);
  // Compiling walks the whole form, so it runs only on a definition without any other issue.
  if (issues.length === 0) checkConditionsCompiled(model, issues);
  if (schemaIsSound) checkCompiles(ajv, schema, BASE, issues);
}

/** Conditions, steps and translations had the shape the condition checks read (see checkFormShape). */
function conditionsAreReadable(issues: Issues): boolean {
  return !issues.some(
    (issue) =>
      issue.path === '/form' ||
      issue.path.startsWith('/form/conditions') ||
      issue.path.startsWith('/form/steps'),
  );
}
