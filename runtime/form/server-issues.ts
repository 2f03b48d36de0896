import type { ErrorSchema } from '@rjsf/utils';
import type { ApiIssue } from '../../schema/api-error.ts';
import { parsePointer } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { schemaAt } from './error-target.ts';
import { plainMessage } from './plain-error-messages.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Node = Record<string, unknown> & { __errors?: string[] };

/**
 * The parameters ajv would have given the browser for the same failure, read from the field's
 * schema: the server's issues carry only the keyword, and "Enter a postal code, like LV-1050"
 * says more than "check the format".
 */
export function issueParams(
  issue: ApiIssue,
  schema: JsonSchema | undefined,
): Record<string, unknown> | undefined {
  const field = schema ? schemaAt(schema, parsePointer(issue.path) ?? []) : undefined;
  if (!field) return undefined;
  switch (issue.code) {
    case 'format':
      return { format: field.format };
    case 'type':
      return { type: field.type };
    case 'multipleOf':
      return { multipleOf: field.multipleOf };
    case 'const':
      return { allowedValue: field.const };
    default: {
      const limit = field[issue.code];
      return typeof limit === 'number' ? { limit } : undefined;
    }
  }
}

/**
 * The server's `422` issues as RJSF `extraErrors`, so each shows next to its field and in the
 * error summary exactly like a browser-side error. `path` is a JSON Pointer into the submitted
 * data (`/address/street`), which is also the shape of an error schema; an empty pointer is an
 * error about the form as a whole.
 */
export function issuesToErrorSchema(
  issues: readonly ApiIssue[],
  messages: UiStrings['errors'],
  schema?: JsonSchema,
): ErrorSchema {
  const root: Node = {};
  for (const issue of issues) {
    const tokens = parsePointer(issue.path) ?? [];
    if (tokens.some((token) => FORBIDDEN_KEYS.has(token))) continue;
    let node = root;
    for (const token of tokens) {
      const next = node[token];
      if (typeof next === 'object' && next !== null) node = next as Node;
      else {
        const created: Node = {};
        node[token] = created;
        node = created;
      }
    }
    const message = plainMessage(issue.code, issueParams(issue, schema), messages);
    node.__errors = [...(node.__errors ?? []), message].filter((m, i, all) => all.indexOf(m) === i);
  }
  return root as ErrorSchema;
}

function merge(a: Node, b: Node): Node {
  const merged: Node = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = merged[key];
    if (key === '__errors' && Array.isArray(existing) && Array.isArray(value)) {
      merged.__errors = [...new Set([...(existing as string[]), ...(value as string[])])];
    } else if (
      typeof existing === 'object' &&
      existing !== null &&
      typeof value === 'object' &&
      value !== null
    ) {
      merged[key] = merge(existing as Node, value as Node);
    } else merged[key] = value;
  }
  return merged;
}

/**
 * The browser's errors with the server's issues added, each message once, for the fields'
 * inline messages. Undefined when there is nothing to show.
 */
export function withServerIssues(
  errorSchema: ErrorSchema | undefined,
  issues: readonly ApiIssue[],
  messages: UiStrings['errors'],
  schema?: JsonSchema,
): ErrorSchema | undefined {
  if (issues.length === 0) return errorSchema;
  return merge(
    (errorSchema ?? {}) as Node,
    issuesToErrorSchema(issues, messages, schema) as Node,
  ) as ErrorSchema;
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const token of parsePointer(pointer) ?? []) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

/**
 * The issues still worth showing: those whose field the citizen has not changed since
 * submitting. A corrected field's server error disappears as soon as it is edited, instead of
 * lingering until the next submit.
 */
export function unresolvedIssues(
  issues: readonly ApiIssue[],
  submitted: unknown,
  current: unknown,
): ApiIssue[] {
  return issues.filter(
    (issue) =>
      JSON.stringify(valueAt(submitted, issue.path)) === JSON.stringify(valueAt(current, issue.path)),
  );
}
