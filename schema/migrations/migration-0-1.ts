/**
 * Model version 0 -> 1 (see model-v0.ts).
 *
 * - `title`/`description` become LocalizedText. English copies the Latvian text: the v0 runtime
 *   showed Latvian to everyone, so this changes nothing for citizens, and the builder can flag
 *   texts whose `en` equals `lv` as untranslated.
 * - `formSchema`/`uiSchema` move into `form`, with no steps and no translations; a schema without
 *   `$schema` gets the draft-07 URI it was always validated as.
 * - `settings` appear with what the prototype did implicitly: signed-in users via the national
 *   login at "substantial" assurance, no prefill, no delivery channel yet, and one month as the
 *   target processing time (Iesniegumu likums, section 5(2): the general term for an answer).
 */
import type { CheckResult } from '../definition-issue.ts';
import { FORM_SCHEMA_DIALECT } from '../json-schema.ts';
import type { ServiceSettings } from '../service-definition.ts';

type Doc = Record<string, unknown>;

const V0_SETTINGS: ServiceSettings = {
  access: { who: 'signed-in', assurance: 'substantial' },
  prefill: [],
  targetProcessingTime: 'P1M',
  delivery: [],
};

export function migrate0To1(doc: Doc): CheckResult<Doc> {
  const { title, description, formSchema, uiSchema, ...rest } = doc;
  const issues = [];
  if (typeof title !== 'string')
    issues.push(v0Issue('/title', 'title must be a string in a version 0 definition.'));
  if (typeof description !== 'string') {
    issues.push(v0Issue('/description', 'description must be a string in a version 0 definition.'));
  }
  if (!isRecord(formSchema)) issues.push(v0Issue('/formSchema', 'formSchema must be an object.'));
  if (uiSchema !== undefined && !isRecord(uiSchema))
    issues.push(v0Issue('/uiSchema', 'uiSchema must be an object.'));
  if (issues.length > 0) return { ok: false, issues };
  const schema = formSchema as Doc;
  return {
    ok: true,
    value: {
      ...rest,
      modelVersion: 1,
      title: { lv: title, en: title },
      description: { lv: description, en: description },
      form: {
        schema: schema.$schema === undefined ? { $schema: FORM_SCHEMA_DIALECT, ...schema } : schema,
        uiSchema: uiSchema ?? {},
        steps: [],
        translations: {},
      },
      settings: structuredClone(V0_SETTINGS),
    },
  };
}

function v0Issue(path: string, message: string) {
  return { code: 'invalid_shape' as const, path, message };
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
