import { FORM_SCHEMA_DIALECT } from '../../schema/json-schema.ts';
import { emptyRegister } from '../../schema/register/service-register.ts';
import {
  type LocalizedText,
  MODEL_VERSION,
  type ServiceDefinition,
} from '../../schema/service-definition.ts';

/**
 * The definition a new service starts from: its titles, one empty step, and the most common
 * settings (signed-in citizens, substantial assurance, ten days). The server stamps code,
 * agency, state and version itself; they are filled here only so the value is a whole definition.
 */
export function createNewDefinition(code: string, title: LocalizedText): ServiceDefinition {
  return {
    modelVersion: MODEL_VERSION,
    code,
    version: 1,
    agency: 'pending',
    state: 'draft',
    title,
    description: { ...title },
    form: {
      schema: { $schema: FORM_SCHEMA_DIALECT, type: 'object', properties: {} },
      uiSchema: {},
      steps: [],
      translations: { en: {} },
      conditions: [],
    },
    settings: {
      access: { who: 'signed-in', assurance: 'substantial' },
      prefill: [],
      targetProcessingTime: 'P10D',
      delivery: [],
    },
    register: emptyRegister(),
  };
}

const COPY_SUFFIX = '-kopija';

/**
 * A copy of a definition under a new code: " (kopija)" / " (copy)" marks the titles so the two
 * are told apart in the list.
 *
 * @example copyDefinition(def, 'dog-licence-kopija').title.en // 'Dog licence (copy)'
 */
export function copyDefinition(definition: ServiceDefinition, code: string): ServiceDefinition {
  const copy = structuredClone(definition);
  return {
    ...copy,
    code,
    state: 'draft',
    title: { lv: `${definition.title.lv} (kopija)`, en: `${definition.title.en} (copy)` },
  };
}

/** A free code for a copy: `<code>-kopija`, then `-kopija-2`, ... within the 64-character limit. */
export function copyCode(code: string, taken: ReadonlySet<string>): string {
  for (let n = 1; n < 1000; n++) {
    const suffix = n === 1 ? COPY_SUFFIX : `${COPY_SUFFIX}-${n}`;
    const candidate = `${code.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`copyCode: no free code for ${code}`);
}
