/**
 * Test builder: valid answers for any form schema, so testers can fill and submit a published
 * form without writing its data by hand (issue 4's Playwright kit), and so the corpus can prove
 * that every valid definition accepts at least one submission. Pure: runs in Node, in the
 * browser and in Playwright alike (no node:*).
 *
 * Conditions are followed the way a citizen meets them: a condition's `if` is evaluated with the
 * shared ajv setup on the answers generated so far, the branch that holds adds its fields and
 * required answers, and a branch that refuses fields (`propertyNames: { not: { enum } }`, how
 * schema/conditions compiles "show only when") removes them. Repeated until nothing changes.
 */

import type { Ajv, ValidateFunction } from 'ajv';
import { createAjv } from '../ajv-setup.ts';
import { isAttachmentField } from '../attachments/attachment-field.ts';
import type { JsonSchema } from '../json-schema.ts';
import { samplePattern } from './sample-pattern.ts';

export interface GenerateOptions {
  /** Same seed, same answers. Different seeds choose other options, dates and numbers. */
  seed?: number;
  /** Answer optional questions too (default), or only what is required. */
  optional?: 'all' | 'none';
}

type Data = Record<string, unknown>;

interface Context {
  root: JsonSchema;
  random: () => number;
  optional: 'all' | 'none';
  ajv: Ajv;
  compiled: Map<JsonSchema, ValidateFunction>;
  counter: number;
}

/** mulberry32: small, fast and good enough to vary test data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickIndex = (context: Context, n: number) => Math.floor(context.random() * n);
const digits = (context: Context, n: number) =>
  Array.from({ length: n }, () => String(pickIndex(context, 10))).join('');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolve(context: Context, node: JsonSchema): JsonSchema {
  let current = node;
  for (let depth = 0; depth < 16 && typeof current.$ref === 'string'; depth++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/definitions/')) throw new Error(`generateValidData: cannot follow ${ref}`);
    const target = context.root.definitions?.[ref.slice('#/definitions/'.length)];
    if (!target) throw new Error(`generateValidData: no ${ref}`);
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

// --- Formats -----------------------------------------------------------------------------

function randomDate(context: Context, fromYear: number, toYear: number): [number, number, number] {
  const year = fromYear + pickIndex(context, toYear - fromYear + 1);
  const month = 1 + pickIndex(context, 12);
  const day = 1 + pickIndex(context, 28);
  return [year, month, day];
}

function personalCode(context: Context): string {
  const [year, month, day] = randomDate(context, 1940, 2015);
  const century = year >= 2000 ? 2 : 1;
  const first = `${pad(day)}${pad(month)}${pad(year % 100)}${century}${digits(context, 3)}`;
  const weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first[i]), 0);
  const check = ((1101 - sum) % 11) % 10;
  return `${first.slice(0, 6)}-${first.slice(6)}${check}`;
}

function companyCode(context: Context): string {
  const weights = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6];
  for (;;) {
    const first = `4000${digits(context, 6)}`;
    const sum = weights.reduce((total, weight, i) => total + weight * Number(first[i]), 0);
    const last = (((3 - sum) % 11) + 11) % 11;
    if (last < 10) return `${first}${last}`;
  }
}

function formatted(context: Context, format: string): string | undefined {
  switch (format) {
    case 'lv-personal-code':
      return personalCode(context);
    case 'lv-company-code':
      return companyCode(context);
    case 'lv-phone':
      return `+371 2${digits(context, 3)} ${digits(context, 4)}`;
    case 'lv-postal-code':
      return `LV-${1000 + pickIndex(context, 9000)}`;
    case 'email':
      return `tester${++context.counter}@example.lv`;
    case 'date': {
      const [year, month, day] = randomDate(context, 1990, 2024);
      return `${year}-${pad(month)}-${pad(day)}`;
    }
    default:
      return undefined;
  }
}

// --- Values ------------------------------------------------------------------------------

function fitLength(text: string, schema: JsonSchema): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  let result = text;
  while ([...result].length < min) result += 'a';
  return [...result].slice(0, max).join('');
}

function stringValue(context: Context, schema: JsonSchema): string {
  if (typeof schema.format === 'string') {
    const value = formatted(context, schema.format);
    if (value !== undefined) return value;
  }
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern, 'u');
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
    for (let stretch = 0; stretch < 64; stretch++) {
      const pick = stretch % 2 === 0 ? (n: number) => pickIndex(context, n) : () => 0;
      const sample = samplePattern(schema.pattern, stretch, pick);
      const length = [...sample].length;
      // An answer the pattern allows to be empty is still given: an empty one would read as unanswered.
      if (length === 0 && stretch < 4) continue;
      if (length >= min && length <= max && pattern.test(sample)) return sample;
      if (length > max) break;
    }
    throw new Error(`generateValidData: no sample for pattern ${schema.pattern}`);
  }
  return fitLength(`Atbilde ${++context.counter}`, schema);
}

function numberValue(context: Context, schema: JsonSchema, integer: boolean): number {
  const step = typeof schema.multipleOf === 'number' ? schema.multipleOf : integer ? 1 : 0.5;
  let low = typeof schema.minimum === 'number' ? schema.minimum : 0;
  let high = typeof schema.maximum === 'number' ? schema.maximum : low + 100;
  if (typeof schema.exclusiveMinimum === 'number') low = Math.max(low, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') high = Math.min(high, schema.exclusiveMaximum - step);
  const first = Math.ceil(low / step) * step;
  const count = Math.max(0, Math.floor((high - first) / step));
  const value = first + pickIndex(context, count + 1) * step;
  return Number(value.toFixed(8));
}

function choiceValues(schema: JsonSchema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  const options = schema.oneOf ?? schema.anyOf;
  if (options?.every((option) => option.const !== undefined)) return options.map((option) => option.const);
  return undefined;
}

function arrayValue(context: Context, schema: JsonSchema, required: boolean): unknown[] {
  const items = schema.items && !Array.isArray(schema.items) ? resolve(context, schema.items) : {};
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : min + 2;
  const count = Math.min(max, Math.max(min, required || context.optional === 'all' ? 1 : 0));
  const choices = choiceValues(items);
  if (choices) {
    const start = pickIndex(context, choices.length);
    return Array.from(
      { length: Math.min(count, choices.length) },
      (_, i) => choices[(start + i) % choices.length],
    );
  }
  return Array.from({ length: count }, () => value(context, items, true));
}

function value(context: Context, node: JsonSchema, required: boolean): unknown {
  const schema = resolve(context, node);
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  const choices = choiceValues(schema);
  if (choices && choices.length > 0) return choices[pickIndex(context, choices.length)];
  const types = Array.isArray(schema.type)
    ? schema.type
    : [schema.type ?? (schema.properties ? 'object' : 'string')];
  const type = types.find((candidate) => candidate !== 'null') ?? 'null';
  switch (type) {
    case 'object':
      return objectValue(context, schema, {});
    case 'array':
      return arrayValue(context, schema, required);
    case 'integer':
      return numberValue(context, schema, true);
    case 'number':
      return numberValue(context, schema, false);
    case 'boolean':
      return context.random() < 0.5;
    case 'null':
      return null;
    default:
      return stringValue(context, schema);
  }
}

// --- Objects and their conditions ----------------------------------------------------------

/** A part of an object schema that applies to the answers or not: a branch of a condition. */
interface Branch {
  properties: Record<string, JsonSchema>;
  required: string[];
  /** Fields the branch refuses (compiled "show only when" conditions). */
  refused: string[];
}

function branchOf(context: Context, node: JsonSchema | undefined): Branch {
  const schema = node ? resolve(context, node) : {};
  const refused = (schema.propertyNames as JsonSchema | undefined)?.not?.enum;
  return {
    properties: { ...(schema.properties ?? {}) },
    required: Array.isArray(schema.required) ? [...schema.required] : [],
    refused: Array.isArray(refused) ? refused.filter((name): name is string => typeof name === 'string') : [],
  };
}

function holds(context: Context, condition: JsonSchema, data: Data): boolean {
  let compiled = context.compiled.get(condition);
  if (!compiled) {
    compiled = context.ajv.compile(condition);
    context.compiled.set(condition, compiled);
  }
  return compiled(data) === true;
}

/** The branches that apply to `data`: the schema itself, its `allOf` parts, conditions and dependencies. */
function applicableBranches(context: Context, schema: JsonSchema, data: Data): Branch[] {
  const branches: Branch[] = [
    branchOf(context, { properties: schema.properties, required: schema.required }),
  ];
  const parts: JsonSchema[] = [schema, ...(schema.allOf ?? []).map((part) => resolve(context, part))];
  for (const part of parts) {
    if (part !== schema)
      branches.push(branchOf(context, { properties: part.properties, required: part.required }));
    if (part.propertyNames && part !== schema)
      branches.push(branchOf(context, { propertyNames: part.propertyNames }));
    if (part.if) branches.push(branchOf(context, holds(context, part.if, data) ? part.then : part.else));
    for (const [key, dependency] of Object.entries(part.dependencies ?? {})) {
      if (!Object.hasOwn(data, key)) continue;
      branches.push(
        Array.isArray(dependency)
          ? { properties: {}, required: [...dependency], refused: [] }
          : branchOf(context, dependency),
      );
    }
  }
  return branches;
}

function objectValue(context: Context, schema: JsonSchema, seed: Data): Data {
  const data: Data = { ...seed };
  for (let round = 0; round < 8; round++) {
    const branches = applicableBranches(context, schema, data);
    const properties: Record<string, JsonSchema> = {};
    const required = new Set<string>();
    const refused = new Set<string>();
    for (const branch of branches) {
      for (const [name, property] of Object.entries(branch.properties)) {
        // The branch's own declaration of a field extends the root one (RJSF merges them the same way).
        properties[name] = properties[name] ? { ...properties[name], ...property } : property;
      }
      for (const name of branch.required) required.add(name);
      for (const name of branch.refused) refused.add(name);
    }
    let changed = false;
    for (const name of Object.keys(data)) {
      if (refused.has(name) || (!Object.hasOwn(properties, name) && !required.has(name))) {
        delete data[name];
        changed = true;
      }
    }
    // An optional file field stays empty: its answers are tokens of uploads, not generated text.
    const wanted = Object.keys(properties).filter(
      (name) =>
        !refused.has(name) &&
        (required.has(name) || (context.optional === 'all' && !isAttachmentField(properties[name]))),
    );
    for (const name of [...required]) if (!wanted.includes(name) && !refused.has(name)) wanted.push(name);
    for (const name of wanted) {
      if (Object.hasOwn(data, name)) continue;
      Object.defineProperty(data, name, {
        value: value(context, properties[name] ?? {}, required.has(name)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      changed = true;
    }
    if (!changed) return data;
  }
  return data;
}

/**
 * Valid answers for a form schema: every required answer, every optional one too unless
 * `optional: 'none'`, following conditions. Throws, naming the keyword, when the schema asks for
 * something it cannot produce (a lookaround in a pattern, a remote `$ref`).
 *
 * @example generateValidData(definition.form.schema, { seed: 7 })
 *   // { personalCode: '160593-11234', givenName: 'Atbilde 1', housingBasis: 'rental', ownerConsent: true, ... }
 */
export function generateValidData(schema: JsonSchema, options: GenerateOptions = {}): Data {
  const context: Context = {
    root: schema,
    random: createRandom(options.seed ?? 1),
    optional: options.optional ?? 'all',
    ajv: createAjv(),
    compiled: new Map(),
    counter: 0,
  };
  const root = resolve(context, schema);
  const result = objectValue(context, root, {});
  return isRecord(result) ? result : {};
}
