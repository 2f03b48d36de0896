/**
 * The validator of a plain object schema (`type: object` with `properties`, `required` and
 * nothing else that validates), composed in the browser from precompiled validators of its
 * properties, with ajv's own error objects, in ajv's order. A large form is almost always such an
 * object at its root, and most of its fields share a few rules (a short text, an e-mail, a
 * choice), so the server compiles each distinct property once instead of one function that
 * spells out all 1,000 fields: the module stays small however long the form is
 * (issue 4: JS budget, time to ready and the first submit).
 *
 * The server's ajv validates the whole schema in one function; the fixture corpus test checks
 * the composed one gives the same verdicts and the same errors.
 */
import type { JsonSchema } from './json-schema.ts';
import type {
  PrecompiledError,
  PrecompiledValidate,
  PrecompiledValidators,
} from './standalone-validators.ts';
import { ANNOTATIONS, stripAnnotations, strippedValidatorName } from './validator-key.ts';

const PLAIN_KEYWORDS = new Set(['type', 'properties', 'required', 'definitions']);

type Schema = Record<string, unknown>;

function isRecord(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A quick look, before anything is copied or hashed: whether `schema` could be a plain object
 * schema (only object keywords and texts at its top). {@link composePlainObject} checks the rest.
 */
export function mayBePlainObject(schema: object): boolean {
  const keywords = schema as Schema;
  return (
    keywords.type === 'object' &&
    Object.keys(keywords).every((keyword) => PLAIN_KEYWORDS.has(keyword) || ANNOTATIONS.has(keyword))
  );
}

/** A plain object schema's parts, texts removed: its properties and its required names. */
interface PlainParts {
  entries: Array<[string, JsonSchema]>;
  required: string[];
}

function plainParts(schema: JsonSchema): PlainParts | undefined {
  const stripped = stripAnnotations(schema) as Schema;
  if (stripped.type !== 'object') return undefined;
  if (!Object.keys(stripped).every((keyword) => PLAIN_KEYWORDS.has(keyword))) return undefined;
  const properties = stripped.properties ?? {};
  if (!isRecord(properties)) return undefined;
  const entries = Object.entries(properties);
  if (!entries.every(([, property]) => isRecord(property))) return undefined;
  // ajv reports errors inside a `$ref` target by the target's own path; such a root is compiled whole.
  if (JSON.stringify(properties).includes('"$ref"')) return undefined;
  if (stripped.required !== undefined && !Array.isArray(stripped.required)) return undefined;
  return { entries: entries as Array<[string, JsonSchema]>, required: (stripped.required as string[]) ?? [] };
}

/**
 * The properties of `schema` when, texts removed, it is a plain object schema whose every
 * property is itself an object schema; undefined otherwise.
 */
export function plainObjectProperties(schema: JsonSchema): Array<[string, JsonSchema]> | undefined {
  return plainParts(schema)?.entries;
}

/** ajv's escaping of a name in an error's instancePath (JSON Pointer) and schemaPath (also URI-encoded). */
const pointerToken = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A validate function for `schema` from `functions` (by validatorName of each property), or
 * undefined when `schema` is not a plain object or a property has no precompiled function.
 */
export function composePlainObject(
  schema: JsonSchema,
  functions: PrecompiledValidators,
): PrecompiledValidate | undefined {
  const parts = plainParts(schema);
  if (!parts) return undefined;
  const { entries, required } = parts;
  const properties: Array<{
    name: string;
    validate: PrecompiledValidate;
    instancePath: string;
    schemaPath: string;
  }> = [];
  for (const [name, property] of entries) {
    const key = strippedValidatorName(property);
    const validate = Object.hasOwn(functions, key) ? functions[key] : undefined;
    if (!validate) return undefined;
    const token = pointerToken(name);
    properties.push({
      name,
      validate,
      instancePath: `/${token}`,
      schemaPath: `#/properties/${encodeURIComponent(token)}`,
    });
  }
  const validate: PrecompiledValidate = (data: unknown) => {
    const errors: PrecompiledError[] = [];
    if (isRecord(data)) {
      for (const name of required) {
        if (data[name] === undefined || !Object.hasOwn(data, name)) {
          errors.push({
            instancePath: '',
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: name },
            message: `must have required property '${name}'`,
          });
        }
      }
      for (const property of properties) {
        const value = data[property.name];
        if (value === undefined || !Object.hasOwn(data, property.name)) continue;
        const ok = (property.validate as (data: unknown, context: object) => boolean)(value, {
          instancePath: property.instancePath,
          parentData: data,
          parentDataProperty: property.name,
          rootData: data,
        });
        if (ok) continue;
        for (const error of property.validate.errors ?? []) {
          errors.push({ ...error, schemaPath: `${property.schemaPath}${error.schemaPath.slice(1)}` });
        }
        property.validate.errors = null;
      }
    } else {
      errors.push({
        instancePath: '',
        schemaPath: '#/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      });
    }
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
