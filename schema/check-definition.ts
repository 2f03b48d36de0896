/**
 * The definition checker: the one gate every definition passes before it is saved, published or
 * rendered. It returns data, never throws (rjsf/lexical: validation returns data, programmer
 * errors throw), and is safe on hostile input: the input is first copied to plain JSON with
 * depth and size limits, every walk is iterative, regexes are proven safe before ajv sees them,
 * and ajv compiles only a schema that passed every structural check.
 *
 * Order: plain JSON copy -> size -> migration to MODEL_VERSION -> model shape -> form schema
 * (dialect, root, walk, patterns, refs, links, compile).
 */
import type { Ajv } from 'ajv';
import { createAjv } from './ajv-setup.ts';
import { checkFormSchema } from './check/check-form-schema.ts';
import { checkModelShape } from './check/check-model-shape.ts';
import { jsonUtf8Bytes } from './check/json-utf8-bytes.ts';
import { readPlainJson } from './check/read-plain-json.ts';
import { isRecord } from './check/shape-helpers.ts';
import { type CheckResult, type DefinitionIssue, LIMITS } from './definition-issue.ts';
import { migrateDefinition } from './migrations/migrate-definition.ts';
import type { ServiceDefinition } from './service-definition.ts';

export interface CheckDefinitionOptions {
  /** The ajv to test-compile with; by default one private instance from createAjv(). */
  ajv?: Ajv;
}

/** Enough to fix a definition by; more would only let hostile input produce huge responses. */
export const MAX_REPORTED_ISSUES = 100;

let defaultAjv: Ajv | undefined;

/**
 * Checks and normalises a definition: returns a migrated, plain-JSON copy with the draft-07 URI
 * normalised, or every issue found (stable codes from definition-issue.ts, JSON Pointer paths).
 * @example
 * const result = checkDefinition(JSON.parse(body));
 * if (!result.ok) return c.json({ error: { code: 'definition_invalid', issues: result.issues } }, 422);
 */
export function checkDefinition(
  input: unknown,
  options: CheckDefinitionOptions = {},
): CheckResult<ServiceDefinition> {
  try {
    return check(input, options.ajv ?? sharedAjv());
  } catch (error) {
    // Getters or proxies in a programmatic caller's object can throw; report, never crash.
    const reason = error instanceof Error ? error.message : String(error);
    return failure([
      { code: 'invalid_shape', path: '', message: `The definition could not be read: ${reason}` },
    ]);
  }
}

function check(input: unknown, ajv: Ajv): CheckResult<ServiceDefinition> {
  const read = readPlainJson(input);
  if (read.fatal) return failure(read.issues);
  const issues = [...read.issues];
  const bytes = jsonUtf8Bytes(read.value);
  if (bytes > LIMITS.maxDefinitionBytes) {
    issues.push({
      code: 'too_large',
      path: '',
      message: `The definition is ${bytes} bytes; at most ${LIMITS.maxDefinitionBytes} are allowed.`,
    });
    return failure(issues);
  }
  const migrated = migrateDefinition(read.value);
  if (!migrated.ok) return failure([...issues, ...migrated.issues]);
  const doc = migrated.value;
  checkModelShape(doc, issues);
  if (isRecord(doc.form) && isRecord(doc.form.schema)) checkFormSchema(doc.form, doc.settings, ajv, issues);
  if (issues.length > 0) return failure(issues);
  return { ok: true, value: doc as unknown as ServiceDefinition };
}

/** Created on first use: building an ajv instance costs milliseconds, and most callers never pass one. */
function sharedAjv(): Ajv {
  defaultAjv ??= createAjv();
  return defaultAjv;
}

function failure(issues: DefinitionIssue[]): CheckResult<ServiceDefinition> {
  return { ok: false, issues: issues.slice(0, MAX_REPORTED_ISSUES) };
}
