import { type RJSFValidationError, toPath } from '@rjsf/utils';
import { parsePointer } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';

/** Where an error summary line points: the field's element id and the words to name it by. */
export interface ErrorTarget {
  /** RJSF's id of the field (`root_address_street`); undefined for an error about the whole form. */
  fieldId: string | undefined;
  /** The field's title in the page's language, when the schema has one. */
  title: string | undefined;
}

function resolveRef(root: JsonSchema, node: JsonSchema): JsonSchema {
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) return node;
  let target: unknown = root;
  for (const token of parsePointer(node.$ref.slice(1)) ?? []) {
    if (typeof target !== 'object' || target === null || !Object.hasOwn(target, token)) return node;
    target = (target as Record<string, unknown>)[token];
  }
  return typeof target === 'object' && target !== null ? (target as JsonSchema) : node;
}

function titleAt(root: JsonSchema, path: string[]): string | undefined {
  let node: JsonSchema | undefined = resolveRef(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    const child: JsonSchema | undefined =
      node.properties && Object.hasOwn(node.properties, segment)
        ? node.properties[segment]
        : /^\d+$/.test(segment) && node.items && !Array.isArray(node.items)
          ? node.items
          : undefined;
    node = child && resolveRef(root, child);
  }
  return typeof node?.title === 'string' && node.title !== '' ? node.title : undefined;
}

/**
 * Finds the field an error belongs to, for the error summary's links (GOV.UK error summary
 * pattern: every line links to its field). RJSF names errors by a property path (`.address.street`)
 * and fields by `root` + the path joined with `_`; the server's errors arrive without a title, so
 * the title is looked up in the (already translated) schema.
 */
export function errorTarget(error: RJSFValidationError, schema: JsonSchema, idPrefix = 'root'): ErrorTarget {
  const path = toPath(error.property ?? '').filter((segment) => segment !== '');
  if (path.length === 0) return { fieldId: undefined, title: undefined };
  return { fieldId: [idPrefix, ...path].join('_'), title: error.title || titleAt(schema, path) };
}
