/**
 * The checker's first step: copy the input into fresh plain JSON, or say why it is not JSON.
 *
 * Everything after this works on the copy, so getters, proxies, class instances, shared or cyclic
 * references and `__proto__` keys in the caller's object cannot reach the other checks. The walk
 * uses an explicit stack and stops at LIMITS.maxJsonDepth (a cyclic object ends up there too) and
 * once the copy is certainly larger than LIMITS.maxDefinitionBytes (each node and string
 * character serialises to at least one byte), so a "billion laughs" object of shared references
 * is refused long before it is expanded.
 */
import { LIMITS } from '../definition-issue.ts';
import { FORBIDDEN_PROPERTY_NAMES } from '../forbidden-property-names.ts';
import { appendPointer } from '../json-pointer.ts';
import { describeValue, type Issues, shapeIssue } from './shape-helpers.ts';

export interface PlainJsonResult {
  value: unknown;
  issues: Issues;
  /** True when the copy could not be finished; then nothing else should be checked. */
  fatal: boolean;
}

interface Pending {
  source: unknown;
  target: Record<string, unknown> | unknown[];
  key: string | number;
  path: string;
  depth: number;
}

/** Stops reporting after this many per-node problems; the first ones tell the story. */
const MAX_NODE_ISSUES = 50;

/** Copies `input` as plain JSON (objects, arrays, strings, finite numbers, booleans, null). */
export function readPlainJson(input: unknown): PlainJsonResult {
  const issues: Issues = [];
  const holder: Record<string, unknown> = {};
  const stack: Pending[] = [{ source: input, target: holder, key: 'value', path: '', depth: 0 }];
  let budget = LIMITS.maxDefinitionBytes;
  const fail = (issue: Issues[number]): PlainJsonResult => ({
    value: undefined,
    issues: [...issues, issue],
    fatal: true,
  });

  while (stack.length > 0) {
    const { source, target, key, path, depth } = stack.pop()!;
    budget -= 1;
    if (budget < 0) return fail(tooLarge());
    if (depth > LIMITS.maxJsonDepth) {
      return fail({
        code: 'too_deep',
        path,
        message: `The definition nests deeper than ${LIMITS.maxJsonDepth} levels (or refers to itself).`,
      });
    }
    const copy = copyValue(source, path, issues);
    if (copy === NOT_JSON) {
      if (issues.length > MAX_NODE_ISSUES) return { value: undefined, issues, fatal: true };
      continue;
    }
    if (typeof copy === 'string') {
      budget -= copy.length;
      if (budget < 0) return fail(tooLarge());
    }
    if (Array.isArray(target)) target[key as number] = copy;
    else target[key as string] = copy;
    if (Array.isArray(copy)) {
      const array = source as unknown[];
      budget -= array.length;
      if (budget < 0) return fail(tooLarge());
      copy.length = array.length;
      for (let i = array.length - 1; i >= 0; i--) {
        if (!(i in array)) {
          issues.push(shapeIssue(appendPointer(path, i), 'Arrays must not have holes.'));
          continue;
        }
        stack.push({
          source: array[i],
          target: copy,
          key: i,
          path: appendPointer(path, i),
          depth: depth + 1,
        });
      }
    } else if (typeof copy === 'object' && copy !== null) {
      const record = source as Record<string, unknown>;
      for (const name of Object.keys(record)) {
        budget -= name.length;
        if (budget < 0) return fail(tooLarge());
        const childPath = appendPointer(path, name);
        if (FORBIDDEN_PROPERTY_NAMES.has(name)) {
          issues.push({
            code: 'forbidden_property_name',
            path: childPath,
            message: `"${name}" cannot be a property name.`,
          });
          continue;
        }
        const child = record[name];
        if (child === undefined) continue; // JSON.stringify drops it too
        stack.push({
          source: child,
          target: copy as Record<string, unknown>,
          key: name,
          path: childPath,
          depth: depth + 1,
        });
      }
    }
  }
  const fatal = issues.some((issue) => issue.code === 'invalid_shape');
  return { value: holder.value, issues, fatal };
}

const NOT_JSON = Symbol('not JSON');

/** A shallow copy: primitives as they are, an empty array or object to fill in. */
function copyValue(source: unknown, path: string, issues: Issues): unknown {
  switch (typeof source) {
    case 'string':
    case 'boolean':
      return source;
    case 'number':
      if (Number.isFinite(source)) return source;
      issues.push(shapeIssue(path, `${source} is not a JSON number.`));
      return NOT_JSON;
    case 'object': {
      if (source === null) return null;
      if (Array.isArray(source)) return [];
      const prototype = Object.getPrototypeOf(source);
      if (prototype === Object.prototype || prototype === null) return {};
      issues.push(shapeIssue(path, 'Only plain objects are JSON; this is an instance of a class.'));
      return NOT_JSON;
    }
    default:
      issues.push(shapeIssue(path, `${describeValue(source)} is not a JSON value.`));
      return NOT_JSON;
  }
}

function tooLarge(): Issues[number] {
  return {
    code: 'too_large',
    path: '',
    message: `The definition is larger than ${LIMITS.maxDefinitionBytes} bytes.`,
  };
}
