/**
 * Which property names a form schema declares at each position of the data.
 *
 * Draft-07 has no `unevaluatedProperties`, and forms leave `additionalProperties` unset because
 * `false` breaks `allOf`/`if`/`dependencies` composition. So a submission could carry any extra
 * keys (`isAdmin: true`) past ajv. The form validator walks the data along this shape instead: a
 * key is declared when any subschema that applies at that position (through allOf, anyOf, oneOf,
 * if/then/else, schema `dependencies` and local `$ref`s) lists it in `properties`, matches a
 * `patternProperties` pattern, or meets an explicit `additionalProperties` schema.
 */

import { resolveLocalRef } from './json-pointer.ts';
import type { JsonSchema } from './json-schema.ts';

export interface DeclaredShape {
  properties: ReadonlyMap<string, DeclaredShape>;
  patterns: ReadonlyArray<{ regex: RegExp; shape: DeclaredShape }>;
  /** Shape of keys an explicit `additionalProperties: true | {...}` accepts; null when not given. */
  additional: DeclaredShape | null;
  /** Shape of array items; null when no schema here describes items. */
  items: DeclaredShape | null;
  /** False when no schema here speaks about objects: then keys are left to ajv's `type` check. */
  describesObject: boolean;
}

/** Accepts any key at any depth: used past the depth limit, which only recursive schemas reach. */
export const OPEN_SHAPE: DeclaredShape = {
  properties: new Map(),
  patterns: [],
  additional: null,
  items: null,
  describesObject: false,
};

/** Deeper than any checked definition (LIMITS.maxDepth); stops recursive schemas. */
const MAX_SHAPE_DEPTH = 32;
const SAME_POSITION_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SAME_POSITION_SINGLES = ['if', 'then', 'else'] as const;

/**
 * Builds the declared shape of a whole form schema.
 * @example buildDeclaredShape(schema).properties.has('email')
 */
export function buildDeclaredShape(root: JsonSchema): DeclaredShape {
  return shapeOf([root], root, 0);
}

function shapeOf(schemas: unknown[], root: unknown, depth: number): DeclaredShape {
  if (depth > MAX_SHAPE_DEPTH) return OPEN_SHAPE;
  const applying = expandSamePosition(schemas, root);
  const byName = new Map<string, unknown[]>();
  const patterns: Array<{ pattern: string; schema: unknown }> = [];
  const additional: unknown[] = [];
  const items: unknown[] = [];
  let describesObject = false;
  for (const schema of applying) {
    const type = schema.type;
    if (type === 'object' || (Array.isArray(type) && type.includes('object'))) describesObject = true;
    if (isRecord(schema.properties)) {
      describesObject = true;
      for (const [name, child] of Object.entries(schema.properties)) {
        const list = byName.get(name);
        if (list) list.push(child);
        else byName.set(name, [child]);
      }
    }
    if (isRecord(schema.patternProperties)) {
      describesObject = true;
      for (const [pattern, child] of Object.entries(schema.patternProperties))
        patterns.push({ pattern, schema: child });
    }
    if (schema.additionalProperties !== undefined) {
      describesObject = true;
      if (schema.additionalProperties !== false) additional.push(schema.additionalProperties);
    }
    if (Array.isArray(schema.items)) items.push(...schema.items);
    else if (schema.items !== undefined) items.push(schema.items);
    if (schema.additionalItems !== undefined && schema.additionalItems !== false)
      items.push(schema.additionalItems);
  }
  const properties = new Map<string, DeclaredShape>();
  for (const [name, list] of byName) properties.set(name, shapeOf(list, root, depth + 1));
  return {
    properties,
    patterns: patterns.flatMap(({ pattern, schema }) => {
      const regex = toRegExp(pattern);
      return regex ? [{ regex, shape: shapeOf([schema], root, depth + 1) }] : [];
    }),
    additional: additional.length > 0 ? shapeOf(additional, root, depth + 1) : null,
    items: items.length > 0 ? shapeOf(items, root, depth + 1) : null,
    describesObject,
  };
}

/** The schemas that apply to the same data as `schemas`: their combinators, branches and refs. */
function expandSamePosition(schemas: unknown[], root: unknown): Array<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const result: Array<Record<string, unknown>> = [];
  const queue = [...schemas];
  while (queue.length > 0) {
    const schema = queue.pop();
    if (!isRecord(schema) || seen.has(schema)) continue;
    seen.add(schema);
    result.push(schema);
    if (typeof schema.$ref === 'string') queue.push(resolveLocalRef(root, schema.$ref));
    for (const keyword of SAME_POSITION_LISTS) {
      const list = schema[keyword];
      if (Array.isArray(list)) queue.push(...list);
    }
    for (const keyword of SAME_POSITION_SINGLES) queue.push(schema[keyword]);
    if (isRecord(schema.dependencies)) {
      for (const dependency of Object.values(schema.dependencies)) {
        if (!Array.isArray(dependency)) queue.push(dependency);
      }
    }
  }
  return result;
}

/** Finds the shape for one key, or undefined when nothing declares it. */
export function shapeForKey(shape: DeclaredShape, key: string): DeclaredShape | undefined {
  const declared = shape.properties.get(key);
  if (declared) return declared;
  for (const { regex, shape: matched } of shape.patterns) {
    if (regex.test(key)) return matched;
  }
  return shape.additional ?? undefined;
}

function toRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
