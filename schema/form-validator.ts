/**
 * Validates submitted form data against a published form schema, per submission, on the server
 * (and with the same ajv setup, in tests and tools). Compiles once; each call is one ajv run plus
 * one iterative walk over the data that ajv cannot do in draft-07:
 * - `forbidden_key`: `__proto__`, `constructor`, `prototype` at any depth are refused before ajv
 *   runs, so hostile data is never processed further;
 * - `unknown_property`: keys no subschema declares (see declared-shape.ts).
 * Issues carry ajv's keyword as `code` and a JSON Pointer into the data as `path`.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { buildDeclaredShape, type DeclaredShape, shapeForKey } from './declared-shape.ts';
import { FORBIDDEN_PROPERTY_NAMES } from './forbidden-property-names.ts';
import { appendPointer } from './json-pointer.ts';
import type { JsonSchema } from './json-schema.ts';

export interface FormDataIssue {
  /** An ajv keyword (`required`, `format`, `pattern`, `maxLength`, ...), `unknown_property` or `forbidden_key`. */
  code: string;
  /** JSON Pointer into the submitted data; for `required`, the missing property itself. */
  path: string;
  message: string;
}

export type FormValidationResult = { ok: true } | { ok: false; issues: FormDataIssue[] };
export type FormValidator = (data: unknown) => FormValidationResult;

const OK: FormValidationResult = Object.freeze({ ok: true });

/**
 * Compiles `schema` once and returns a validator. Throws when the schema does not compile: pass
 * only schemas that checkDefinition accepted.
 * @example
 * const validate = createFormValidator(ajv, definition.form.schema);
 * const result = validate(body.data); // { ok: false, issues: [{ code: 'required', path: '/email', ... }] }
 */
export function createFormValidator(ajv: Ajv, schema: JsonSchema): FormValidator {
  const compiled = ajv.compile(schema);
  const shape = buildDeclaredShape(schema);
  return (data) => validateFormData(compiled, shape, data);
}

function validateFormData(
  compiled: ValidateFunction,
  shape: DeclaredShape,
  data: unknown,
): FormValidationResult {
  const keyIssues = findKeyIssues(data, shape);
  if (keyIssues?.some((issue) => issue.code === 'forbidden_key')) {
    return { ok: false, issues: keyIssues.filter((issue) => issue.code === 'forbidden_key') };
  }
  const valid = compiled(data);
  if (valid && !keyIssues) return OK;
  const issues = valid ? [] : fromAjvErrors(compiled.errors ?? []);
  if (keyIssues) {
    const reported = new Set(
      issues.filter((issue) => issue.code === 'unknown_property').map((issue) => issue.path),
    );
    for (const issue of keyIssues) if (!reported.has(issue.path)) issues.push(issue);
  }
  return { ok: false, issues };
}

/**
 * One walk over the data with an explicit stack (submitted JSON can nest deeper than the call
 * stack allows). Returns null when there is nothing to report, to keep the common path free of
 * allocations.
 */
function findKeyIssues(data: unknown, root: DeclaredShape): FormDataIssue[] | null {
  if (typeof data !== 'object' || data === null) return null;
  let issues: FormDataIssue[] | null = null;
  const stack: Array<{ value: object; shape: DeclaredShape | undefined; path: string }> = [
    { value: data, shape: root, path: '' },
  ];
  while (stack.length > 0) {
    const { value, shape, path } = stack.pop()!;
    if (Array.isArray(value)) {
      const itemShape = shape?.items ?? undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, shape: itemShape, path: `${path}/${i}` });
      }
      continue;
    }
    const checkKeys = shape?.describesObject === true;
    for (const key of Object.keys(value)) {
      // Paths are built only for what is reported or descended into: most answers are strings.
      if (isForbiddenKey(key)) {
        issues ??= [];
        issues.push({
          code: 'forbidden_key',
          path: appendPointer(path, key),
          message: `"${key}" is not allowed as a key.`,
        });
        continue;
      }
      const childShape = checkKeys ? (shape!.properties.get(key) ?? shapeForKey(shape!, key)) : undefined;
      if (checkKeys && !childShape) {
        issues ??= [];
        issues.push({
          code: 'unknown_property',
          path: appendPointer(path, key),
          message: 'The form has no such field.',
        });
      }
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, shape: childShape, path: appendPointer(path, key) });
      }
    }
  }
  return issues;
}

/** Same names as FORBIDDEN_PROPERTY_NAMES; compared directly because this runs for every key. */
function isForbiddenKey(key: string): boolean {
  return (
    (key === '__proto__' || key === 'constructor' || key === 'prototype') && FORBIDDEN_PROPERTY_NAMES.has(key)
  );
}

/**
 * Maps ajv errors to issues: `required`/`dependencies` point at the missing property,
 * `additionalProperties` becomes `unknown_property`, and the noise is dropped (the `if` error
 * that only repeats its branch's errors, and the per-branch errors of a failed `anyOf`/`oneOf`,
 * which for a choice list would name every option the answer was not, and the inner error of a
 * `propertyNames` check, whose outer error already names the hidden field).
 */
function fromAjvErrors(errors: ErrorObject[]): FormDataIssue[] {
  const failedAlternatives = errors
    .filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
    .map((error) => `${error.schemaPath}/`);
  const issues: FormDataIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    // Inside `propertyNames` ajv reports the name's own failure (`not` at the object's path)
    // beside the `propertyNames` error that names the field: keep only the one that names it.
    if (error.schemaPath.includes('/propertyNames/')) continue;
    if (failedAlternatives.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const issue = toIssue(error);
    const key = `${issue.code} ${issue.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toIssue(error: ErrorObject): FormDataIssue {
  const params = error.params as Record<string, unknown>;
  const message = error.message ?? error.keyword;
  switch (error.keyword) {
    case 'required':
    case 'dependencies':
      return {
        code: error.keyword,
        path: appendPointer(error.instancePath, String(params.missingProperty)),
        message,
      };
    case 'additionalProperties':
      return {
        code: 'unknown_property',
        path: appendPointer(error.instancePath, String(params.additionalProperty)),
        message: 'The form has no such field.',
      };
    case 'propertyNames':
      return {
        code: error.keyword,
        path: appendPointer(error.instancePath, String(params.propertyName)),
        message,
      };
    default:
      return { code: error.keyword, path: error.instancePath, message };
  }
}
