import { sanitizeRichText } from '../rich-text/rich-text-doc.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The definition with its register's "how it is done" text (`register.howItIsDone.lv/en`)
 * rebuilt from the allowed parts of rich-text/1: unknown keys (an `html`, a `script`) dropped,
 * `javascript:` and other unsafe links dropped with their text kept, sizes capped; a value that
 * is no document at all becomes null. The server runs this on every save and publish, beside
 * sanitizeDefinitionRichText, so a crafted API call cannot store what the builder never writes.
 * Anything else is returned untouched.
 */
export function sanitizeRegisterRichText<T>(definition: T): T {
  if (!isRecord(definition) || !isRecord(definition.register)) return definition;
  const steps = definition.register.howItIsDone;
  if (!isRecord(steps)) return definition;
  return {
    ...definition,
    register: {
      ...definition.register,
      howItIsDone: { lv: sanitizeRichText(steps.lv) ?? null, en: sanitizeRichText(steps.en) ?? null },
    },
  } as T;
}
