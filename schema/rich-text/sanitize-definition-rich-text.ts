import { RICH_HELP_KEY, sanitizeRichText } from './rich-text-doc.ts';

const LANGUAGES = ['lv', 'en'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The clean `{ lv?, en? }` value of one `ui:helpRich` entry, or undefined when nothing is left. */
function sanitizeRichHelp(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const clean: Record<string, unknown> = {};
  for (const language of LANGUAGES) {
    const doc = sanitizeRichText(value[language]);
    if (doc) clean[language] = doc;
  }
  return Object.keys(clean).length > 0 ? clean : undefined;
}

function sanitizeUiNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(sanitizeUiNode);
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === RICH_HELP_KEY) {
      const clean = sanitizeRichHelp(value);
      if (clean) out[key] = clean;
    } else {
      out[key] = sanitizeUiNode(value);
    }
  }
  return out;
}

/**
 * The definition with every rich help text (`ui:helpRich`, anywhere in the UI schema) rebuilt
 * from its allowed parts: unknown keys dropped, `javascript:` and other unsafe links dropped
 * (their text kept), sizes capped. The server runs this on every save and publish, so a crafted
 * API call cannot store what the builder would never produce (issue 3). Anything else in the
 * definition is returned untouched; a definition without a UI schema is returned as is.
 */
export function sanitizeDefinitionRichText<T>(definition: T): T {
  if (!isRecord(definition) || !isRecord(definition.form) || !isRecord(definition.form.uiSchema)) {
    return definition;
  }
  return {
    ...definition,
    form: { ...definition.form, uiSchema: sanitizeUiNode(definition.form.uiSchema) },
  } as T;
}
