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

const SAME_POSITION_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SAME_POSITION_SINGLES = ['if', 'then', 'else'] as const;

type MutableShape = {
  -readonly [K in keyof DeclaredShape]: DeclaredShape[K];
};

/**
 * Builds the declared shape of a whole form schema. Shapes are memoised by the set of schemas
 * they come from, so a definition used in many places is built once and a recursive schema
 * gives a cyclic shape instead of endless recursion.
 * @example buildDeclaredShape(schema).properties.has('email')
 */
export function buildDeclaredShape(root: JsonSchema): DeclaredShape {
  const ids = new Map<unknown, number>();
  const memo = new Map<string, DeclaredShape>();
  const keyOf = (schemas: unknown[]) =>
    [...new Set(schemas.map((schema) => ids.get(schema) ?? ids.set(schema, ids.size).get(schema)!))]
      .sort((a, b) => a - b)
      .join(',');

  const shapeOf = (schemas: unknown[]): DeclaredShape => {
    const key = keyOf(schemas);
    const known = memo.get(key);
    if (known) return known;
    const shape: MutableShape = {
      properties: new Map(),
      patterns: [],
      additional: null,
      items: null,
      describesObject: false,
    };
    memo.set(key, shape);
    const byName = new Map<string, unknown[]>();
    const patterns: Array<{ pattern: string; schema: unknown }> = [];
    const additional: unknown[] = [];
    const items: unknown[] = [];
    for (const schema of expandSamePosition(schemas, root)) {
      const type = schema.type;
      if (type === 'object' || (Array.isArray(type) && type.includes('object'))) shape.describesObject = true;
      if (isRecord(schema.properties)) {
        shape.describesObject = true;
        for (const [name, child] of Object.entries(schema.properties)) {
          const list = byName.get(name);
          if (list) list.push(child);
          else byName.set(name, [child]);
        }
      }
      if (isRecord(schema.patternProperties)) {
        shape.describesObject = true;
        for (const [pattern, child] of Object.entries(schema.patternProperties))
          patterns.push({ pattern, schema: child });
      }
      if (schema.additionalProperties !== undefined) {
        shape.describesObject = true;
        if (schema.additionalProperties !== false) additional.push(schema.additionalProperties);
      }
      if (Array.isArray(schema.items)) items.push(...schema.items);
      else if (schema.items !== undefined) items.push(schema.items);
      if (schema.additionalItems !== undefined && schema.additionalItems !== false)
        items.push(schema.additionalItems);
    }
    const properties = new Map<string, DeclaredShape>();
    for (const [name, list] of byName) properties.set(name, shapeOf(list));
    shape.properties = properties;
    shape.patterns = patterns.flatMap(({ pattern, schema }) => {
      const regex = toRegExp(pattern);
      return regex ? [{ regex, shape: shapeOf([schema]) }] : [];
    });
    shape.additional = additional.length > 0 ? shapeOf(additional) : null;
    shape.items = items.length > 0 ? shapeOf(items) : null;
    return shape;
  };

  return shapeOf([root]);
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
