/**
 * One iterative walk over the form schema's subschemas (draft-07 applicator keywords only, never
 * into `enum`, `const` or `default` values, which are data). It indexes every subschema by its
 * JSON Pointer for `$ref` resolution and reports the per-keyword problems on the way, so a
 * hostile schema is read once, with an explicit stack instead of recursion.
 */
import { LIMITS } from '../definition-issue.ts';
import { FORBIDDEN_PROPERTY_NAMES } from '../forbidden-property-names.ts';
import { FORMAT_NAMES } from '../formats/format-catalog.ts';
import { appendPointer } from '../json-pointer.ts';
import { type Issues, isRecord } from './shape-helpers.ts';

/** Keywords whose value is one subschema. `items` is here or in ARRAY depending on its value. */
const SINGLE = [
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
const ARRAY = ['items', 'allOf', 'anyOf', 'oneOf'];
/** `dependencies` values are subschemas or property lists; the lists are skipped as non-schemas. */
const MAP = ['properties', 'patternProperties', 'definitions', 'dependencies'];

export interface SchemaNode {
  /** Pointer relative to the form schema's root (`''` is the root). */
  pointer: string;
  children: number[];
  /** Number of keys in this subschema's `properties`. */
  propertyCount: number;
  /** The local `$ref` of this subschema, if it has one. */
  ref?: string;
}

export interface SchemaIndex {
  nodes: SchemaNode[];
  byPointer: Map<string, number>;
  /** Every `pattern` and `patternProperties` key, with the definition path to report it at. */
  patterns: Array<{ pattern: string; path: string }>;
  /** False when the walk stopped at LIMITS.maxSubschemas; then refs and links are not checked. */
  complete: boolean;
}

interface Pending {
  value: unknown;
  pointer: string;
  depth: number;
  parent: number;
}

/**
 * Walks the schema found at `basePath` in the definition (e.g. `/form/schema`), pushing issues.
 * @example walkSchema(definition.form.schema, '/form/schema', issues).byPointer.get('/properties/a')
 */
export function walkSchema(schema: unknown, basePath: string, issues: Issues): SchemaIndex {
  const index: SchemaIndex = { nodes: [], byPointer: new Map(), patterns: [], complete: true };
  const stack: Pending[] = [{ value: schema, pointer: '', depth: 0, parent: -1 }];
  let totalProperties = 0;
  while (stack.length > 0) {
    const { value, pointer, depth, parent } = stack.pop()!;
    if (typeof value !== 'boolean' && !isRecord(value)) continue; // not a schema: the meta-schema reports it
    const id = index.nodes.length;
    if (id >= LIMITS.maxSubschemas) {
      issues.push({
        code: 'too_complex',
        path: basePath,
        message: `The schema has more than ${LIMITS.maxSubschemas} subschemas.`,
      });
      index.complete = false;
      break;
    }
    const node: SchemaNode = { pointer, children: [], propertyCount: 0 };
    index.nodes.push(node);
    index.byPointer.set(pointer, id);
    if (parent >= 0) index.nodes[parent]!.children.push(id);
    if (typeof value === 'boolean') continue;

    const path = basePath + pointer;
    if (depth > LIMITS.maxDepth) {
      issues.push({
        code: 'too_deep',
        path,
        message: `Schemas may nest at most ${LIMITS.maxDepth} levels deep.`,
      });
      continue;
    }
    checkKeywords(value, path, depth, node, index, issues);
    if (isRecord(value.properties)) {
      node.propertyCount = Object.keys(value.properties).length;
      totalProperties += node.propertyCount;
    }

    for (const keyword of SINGLE) {
      const child = value[keyword];
      if (child !== undefined && !Array.isArray(child)) {
        stack.push({ value: child, pointer: appendPointer(pointer, keyword), depth: depth + 1, parent: id });
      }
    }
    for (const keyword of ARRAY) {
      const list = value[keyword];
      if (!Array.isArray(list)) continue;
      if (keyword !== 'items' && list.length > LIMITS.maxAlternatives) {
        issues.push({
          code: 'too_complex',
          path: appendPointer(path, keyword),
          message: `${keyword} may have at most ${LIMITS.maxAlternatives} entries; use enum for long choice lists.`,
        });
        continue;
      }
      for (const [i, child] of list.entries()) {
        stack.push({
          value: child,
          pointer: appendPointer(pointer, keyword, i),
          depth: depth + 1,
          parent: id,
        });
      }
    }
    for (const keyword of MAP) {
      const map = value[keyword];
      if (!isRecord(map)) continue;
      for (const [key, child] of Object.entries(map)) {
        stack.push({
          value: child,
          pointer: appendPointer(pointer, keyword, key),
          depth: depth + 1,
          parent: id,
        });
      }
    }
  }
  if (totalProperties > LIMITS.maxPropertiesTotal) {
    issues.push({
      code: 'too_many_properties',
      path: basePath,
      message: `The form has ${totalProperties} properties; at most ${LIMITS.maxPropertiesTotal} are allowed.`,
    });
  }
  return index;
}

function checkKeywords(
  schema: Record<string, unknown>,
  path: string,
  depth: number,
  node: SchemaNode,
  index: SchemaIndex,
  issues: Issues,
): void {
  for (const keyword of ['$id', '$async', ...(depth > 0 ? ['$schema'] : [])]) {
    if (keyword in schema) {
      issues.push({
        code: 'unsupported_keyword',
        path: appendPointer(path, keyword),
        message: `${keyword} is not supported in forms.`,
      });
    }
  }
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    if (ref.startsWith('#')) node.ref = ref;
    else
      issues.push({
        code: 'remote_ref',
        path: `${path}/$ref`,
        message: `$ref "${cut(ref)}" points outside the form.`,
      });
  }
  if (typeof schema.format === 'string' && !FORMAT_NAMES.has(schema.format)) {
    issues.push({
      code: 'unknown_format',
      path: `${path}/format`,
      message: `Unknown format "${cut(schema.format)}".`,
    });
  }
  if (typeof schema.pattern === 'string')
    index.patterns.push({ pattern: schema.pattern, path: `${path}/pattern` });
  if (isRecord(schema.patternProperties)) {
    for (const key of Object.keys(schema.patternProperties)) {
      index.patterns.push({ pattern: key, path: appendPointer(path, 'patternProperties', key) });
    }
  }
  if (Array.isArray(schema.enum) && schema.enum.length > LIMITS.maxEnumValues) {
    issues.push({
      code: 'too_many_enum_values',
      path: `${path}/enum`,
      message: `An enum may list at most ${LIMITS.maxEnumValues} values.`,
    });
  }
  if (isRecord(schema.properties) && Object.keys(schema.properties).length > LIMITS.maxPropertiesPerObject) {
    issues.push({
      code: 'too_many_properties',
      path: `${path}/properties`,
      message: `An object may have at most ${LIMITS.maxPropertiesPerObject} properties.`,
    });
  }
  if (schema.uniqueItems === true) {
    const max = schema.maxItems;
    if (typeof max !== 'number' || max > LIMITS.maxUniqueItems) {
      issues.push({
        code: 'unbounded_unique_items',
        path: `${path}/uniqueItems`,
        message: `uniqueItems needs maxItems of at most ${LIMITS.maxUniqueItems}.`,
      });
    }
  }
  checkNamedProperties(schema, path, issues);
}

/** Names in `required` and `dependencies` lists are property names too (keys were checked on read). */
function checkNamedProperties(schema: Record<string, unknown>, path: string, issues: Issues): void {
  const lists: Array<[string, unknown]> = [[`${path}/required`, schema.required]];
  if (isRecord(schema.dependencies)) {
    for (const [key, list] of Object.entries(schema.dependencies)) {
      lists.push([appendPointer(path, 'dependencies', key), list]);
    }
  }
  for (const [listPath, list] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((name, i) => {
      if (typeof name === 'string' && FORBIDDEN_PROPERTY_NAMES.has(name)) {
        issues.push({
          code: 'forbidden_property_name',
          path: appendPointer(listPath, i),
          message: `"${name}" cannot be a property name.`,
        });
      }
    });
  }
}

/** Keeps hostile strings from bloating messages. */
function cut(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}...` : text;
}
