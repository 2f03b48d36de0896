/**
 * Model version 1 -> 2: forms gain `form.conditions` ("show this field / page when ..."), empty
 * for every version 1 form. Version 1 forms could only express conditions by hand in the JSON
 * Schema; those stay where they are and keep working (the compiler leaves schema it did not
 * write alone), so this step changes nothing a citizen sees.
 */
import type { CheckResult } from '../definition-issue.ts';

type Doc = Record<string, unknown>;

export function migrate1To2(doc: Doc): CheckResult<Doc> {
  const { form } = doc;
  // A form that is not an object is left for the shape check to report with its own path.
  if (!isRecord(form)) return { ok: true, value: { ...doc, modelVersion: 2 } };
  return {
    ok: true,
    value: { ...doc, modelVersion: 2, form: { ...form, conditions: form.conditions ?? [] } },
  };
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
