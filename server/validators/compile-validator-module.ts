/**
 * Precompiles a published form's validators into one JavaScript module (ajv standalone code), so
 * the browser validates without compiling anything and without `new Function` (issue 4), with the
 * same ajv options, formats and keywords as the server (schema/ajv-setup.ts).
 *
 * The module is code made from an agency's schema, so nothing of the schema may become code:
 * ajv writes every schema string (property names, patterns, enum values, messages) as a JSON
 * string literal; the export names are our own hex keys (schema/validator-key.ts); texts and `$id`
 * are removed before compiling; and `$ref`s are accepted only as pointers into the form itself.
 * The module imports nothing: ajv's runtime helpers and the format functions come in as arguments
 * (schema/standalone-validators.ts).
 */
import { _, Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, addPlatformFormats } from '../../schema/ajv-setup.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { plainObjectProperties } from '../../schema/plain-object-validator.ts';
import { stripAnnotations, validatorName } from '../../schema/validator-key.ts';
import { collectValidatedSchemas } from './collect-validated-schemas.ts';

/** The document every `$ref` of a compiled piece points into: the form's root, texts removed. */
const ROOT_ID = 'form';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy in which every `$ref: "#/..."` points into the form's root document instead of the piece
 * itself, so a piece (an option, a condition) compiled alone still finds `#/definitions/...`.
 */
function refsIntoRoot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(refsIntoRoot);
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') {
      if (!child.startsWith('#')) throw new Error('Only refs into the form itself can be precompiled.');
      copy[key] = `${ROOT_ID}${child}`;
    } else {
      Object.defineProperty(copy, key, {
        value: refsIntoRoot(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

/**
 * The module's source: `export default function (require, formats) { ...; return exports; }`,
 * where `exports` holds one validate function per schema RJSF may ask about, by validatorName.
 * A plain object root (the usual large form) is not compiled whole: each distinct field is, once,
 * and the browser composes the root from them (schema/plain-object-validator.ts).
 * Throws when the schema does not compile: pass only schemas that checkDefinition accepted.
 */
export function compileValidatorModule(schema: JsonSchema): string {
  const schemas = collectValidatedSchemas(schema);
  const ajv = addPlatformFormats(
    new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: false, formats: _`formats`, lines: false } }),
  );
  const root = stripAnnotations(schema);
  const rootName = validatorName(root);
  ajv.addSchema({ ...root, $id: ROOT_ID });
  const names: Record<string, string> = {};
  const fields = plainObjectProperties(root);
  if (fields) {
    schemas.delete(rootName);
    for (const [, field] of fields) {
      const stripped = stripAnnotations(field);
      schemas.set(validatorName(stripped), stripped);
    }
  } else {
    names[rootName] = ROOT_ID;
    schemas.delete(rootName);
  }
  let index = 0;
  for (const [name, piece] of schemas) {
    const id = `piece${index++}`;
    ajv.addSchema({ ...(refsIntoRoot(piece) as JsonSchema), $id: id });
    names[name] = id;
  }
  const code = standaloneCode(ajv, names);
  return `export default function load(require, formats) {\nconst exports = {};\n${code}\nreturn exports;\n}\n`;
}
