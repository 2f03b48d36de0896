import { parsePointer } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { FieldText, Language, ServiceForm } from '../../schema/service-definition.ts';

/** The schema and UI schema as the citizen reads them in one language. */
export interface LocalizedForm {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema node a translation's pointer names, or undefined when it names nothing. */
function nodeAt(schema: JsonSchema, tokens: string[]): Json | undefined {
  let node: unknown = schema;
  for (const token of tokens) {
    if (FORBIDDEN_KEYS.has(token)) return undefined;
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return isObject(node) ? node : undefined;
}

/**
 * Where the UI schema keeps options for the schema node at `tokens`: the UI schema mirrors the
 * data's shape, so `properties/<name>` becomes `<name>` and `items` stays `items`, while the
 * combinators (`allOf/0`, `then`, ...) that RJSF merges into their parent add nothing. Nodes under
 * `definitions` have no single place in the UI schema.
 */
function uiPathOf(tokens: string[]): string[] | undefined {
  const path: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token === 'properties' || token === 'dependencies') {
      i++;
      if (token === 'properties') path.push(tokens[i] ?? '');
    } else if (token === 'allOf' || token === 'anyOf' || token === 'oneOf') i++;
    else if (token === 'items' || token === 'additionalProperties') path.push(token);
    else if (token !== 'if' && token !== 'then' && token !== 'else') return undefined;
  }
  return path.some((segment) => FORBIDDEN_KEYS.has(segment)) ? undefined : path;
}

/** The UI schema node at `path`; created on the way only when `create` (labels need a home). */
function uiNodeAt(uiSchema: Json, path: string[], create: boolean): Json | undefined {
  let node = uiSchema;
  for (const segment of path) {
    const next = node[segment];
    if (isObject(next)) node = next;
    else if (!create) return undefined;
    else {
      const created: Json = {};
      node[segment] = created;
      node = created;
    }
  }
  return node;
}

function applyText(schema: JsonSchema, uiSchema: Json, pointer: string, text: FieldText): void {
  const tokens = parsePointer(pointer);
  if (!tokens) return;
  const node = nodeAt(schema, tokens);
  if (!node) return;
  const uiPath = uiPathOf(tokens);
  const uiNode = uiPath && uiNodeAt(uiSchema, uiPath, false);

  if (text.title !== undefined) {
    node.title = text.title;
    if (uiNode && typeof uiNode['ui:title'] === 'string') uiNode['ui:title'] = text.title;
  }
  if (text.description !== undefined) {
    node.description = text.description;
    if (uiNode && typeof uiNode['ui:description'] === 'string') uiNode['ui:description'] = text.description;
  }
  if (text.help !== undefined && uiPath) {
    const helpNode = uiNodeAt(uiSchema, uiPath, true);
    if (helpNode) helpNode['ui:help'] = text.help;
  }
  if (text.enumNames !== undefined) {
    // Choices are either an `enum` (labels in `ui:enumNames`, RJSF 6) or `oneOf` of `const`s with titles.
    const choices = Array.isArray(node.oneOf)
      ? node.oneOf
      : Array.isArray(node.anyOf)
        ? node.anyOf
        : undefined;
    const labelsNode = Array.isArray(node.enum) && uiPath ? uiNodeAt(uiSchema, uiPath, true) : undefined;
    if (labelsNode) labelsNode['ui:enumNames'] = [...text.enumNames];
    else if (choices) {
      choices.forEach((choice, index) => {
        const label = text.enumNames?.[index];
        if (isObject(choice) && label !== undefined) choice.title = label;
      });
    }
  }
}

/**
 * The form in the chosen language. Latvian is the definition's own text, so it comes back
 * unchanged (same objects, no re-render). For English, every translation keyed by a JSON Pointer
 * into the schema replaces that node's title, description, help text and choice labels; anything without a
 * translation stays Latvian rather than disappearing. The definition itself is never changed.
 *
 * @example localizeForm(form, 'en').schema.properties.name.title // 'Name' (from translations.en['/properties/name'])
 */
export function localizeForm(
  form: Pick<ServiceForm, 'schema' | 'uiSchema' | 'translations'>,
  language: Language,
): LocalizedForm {
  const translations = language === 'lv' ? undefined : form.translations[language];
  if (!translations) return { schema: form.schema, uiSchema: form.uiSchema };
  const schema = structuredClone(form.schema);
  const uiSchema = structuredClone(form.uiSchema);
  for (const [pointer, text] of Object.entries(translations)) applyText(schema, uiSchema, pointer, text);
  return { schema, uiSchema };
}
