/**
 * The last schema check: ajv's own meta-schema validation, then a real compile inside try/catch
 * (strict mode turns unknown keywords, unknown formats and ignored keywords into errors). Runs
 * only on a schema that passed every structural check, so refs are local and acyclic and every
 * pattern is safe before ajv generates code from it.
 */
import type { Ajv } from 'ajv';
import type { JsonSchema } from '../json-schema.ts';
import type { Issues } from './shape-helpers.ts';

const MAX_META_ISSUES = 20;

/** Reports `invalid_schema` at the meta-schema error's place, or at the schema for compile errors. */
export function checkCompiles(ajv: Ajv, schema: JsonSchema, basePath: string, issues: Issues): void {
  try {
    if (!ajv.validateSchema(schema)) {
      // One issue per place: ajv lists every branch of the meta-schema's own anyOf at one path.
      const seen = new Set<string>();
      for (const error of ajv.errors ?? []) {
        const path = basePath + error.instancePath;
        if (seen.has(path) || seen.size >= MAX_META_ISSUES) continue;
        seen.add(path);
        issues.push({ code: 'invalid_schema', path, message: `Schema ${error.message}.` });
      }
      return;
    }
  } catch (error) {
    issues.push({
      code: 'invalid_schema',
      path: basePath,
      message: `The schema cannot be checked: ${message(error)}`,
    });
    return;
  }
  try {
    ajv.compile(schema);
  } catch (error) {
    issues.push({
      code: 'invalid_schema',
      path: basePath,
      message: `The schema does not compile: ${message(error)}`,
    });
  } finally {
    // The checker's compile is a test run: do not keep it in the shared instance's cache.
    ajv.removeSchema(schema);
  }
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
