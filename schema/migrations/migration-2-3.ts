/**
 * Model version 2 -> 3: definitions gain the service register entry, `register` (issue 7). A
 * version 2 service gets an empty entry: its audience follows who may use the form (company
 * representatives -> businesses), it is requested online, free, with no life situations yet. The
 * agency fills in the rest before the next publish; nothing a citizen sees in the form changes.
 */
import type { CheckResult } from '../definition-issue.ts';
import { emptyRegister } from '../register/service-register.ts';

type Doc = Record<string, unknown>;

export function migrate2To3(doc: Doc): CheckResult<Doc> {
  if (doc.register !== undefined) return { ok: true, value: { ...doc, modelVersion: 3 } };
  const settings = isRecord(doc.settings) ? doc.settings : {};
  const access = isRecord(settings.access) ? settings.access : {};
  const audience = access.who === 'company-representatives' ? 'businesses' : 'citizens';
  return { ok: true, value: { ...doc, modelVersion: 3, register: emptyRegister([audience]) } };
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
