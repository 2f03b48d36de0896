/**
 * How precompiled validators (ajv standalone code, made on the server per published version) are
 * found again in the browser: by a key computed from the schema a validator checks, with the
 * texts taken out. The runtime shows a form translated (titles and descriptions in the page's
 * language), and validation never depends on those texts, so the Latvian schema the server
 * compiled and the English one the browser renders give the same keys.
 *
 * Pure and shared: the server names each compiled function by its key, the browser computes the
 * key of whatever schema RJSF asks about and calls that function.
 */
import type { JsonSchema } from './json-schema.ts';

/**
 * Keywords that never change a verdict here. `$id` and `$schema` go too: the checker refuses
 * `$id`, forms are draft-07, and the generated code must not depend on either.
 */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  '$id',
  '$schema',
]);

/** Keywords whose value is one subschema (or, for `items`, one or a list). */
const SINGLE = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);
const LIST = new Set(['allOf', 'anyOf', 'oneOf']);
/** Maps of name to subschema; `dependencies` may also map to a list of names (data, kept as is). */
const MAP = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);

/** Export names of the generated module: a fixed prefix and hex digits, never schema text. */
export const VALIDATOR_NAME_PREFIX = 'v';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripValue);
  return isRecord(value) ? stripAnnotations(value as JsonSchema) : value;
}

/**
 * A copy of `schema` without texts (titles, descriptions...) at any schema position. Property
 * names inside `properties` and values of `enum`, `const` and `default` are data and stay, so a
 * field called `title` keeps its rules.
 *
 * @example stripAnnotations({ title: 'Vārds', type: 'string', properties: { title: { title: 'x' } } })
 *   // { type: 'string', properties: { title: {} } }
 */
export function stripAnnotations(schema: JsonSchema): JsonSchema {
  if (!isRecord(schema)) return schema;
  const result: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (SINGLE.has(keyword) || LIST.has(keyword)) result[keyword] = stripValue(value);
    else if (MAP.has(keyword) && isRecord(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value)) {
        // defineProperty: a property named `__proto__` must stay an own key, not become a prototype.
        Object.defineProperty(map, name, {
          value: Array.isArray(child) ? child : stripValue(child),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      result[keyword] = map;
    } else result[keyword] = value;
  }
  return result as JsonSchema;
}

/** JSON with object keys sorted, so two equal schemas always give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (!isRecord(value)) return JSON.stringify(value) ?? 'null';
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}

/** cyrb53: a fast 53-bit string hash (not cryptographic; two seeds make collisions negligible). */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The name of the precompiled function that validates `schema`: the same for any translation of
 * it, different for any change of its rules. An identifier (prefix and hex digits only).
 *
 * @example validatorName({ type: 'string', title: 'Vārds' }) === validatorName({ type: 'string', title: 'Name' })
 */
export function validatorName(schema: JsonSchema): string {
  return strippedValidatorName(stripAnnotations(schema));
}

/** {@link validatorName} of a schema whose texts `stripAnnotations` has already taken out. */
export function strippedValidatorName(stripped: JsonSchema): string {
  const text = canonicalJson(stripped);
  return `${VALIDATOR_NAME_PREFIX}${cyrb53(text, 1)}${cyrb53(text, 2)}`;
}
