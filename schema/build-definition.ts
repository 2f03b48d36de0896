/**
 * Test builder: a minimal valid definition, with overrides deep-merged in, for server tests and
 * e2e. Objects merge key by key; arrays and other values replace what is there, so
 * `buildDefinition({ form: { steps: [...] } })` sets exactly those steps.
 */
import { FORM_SCHEMA_DIALECT } from './json-schema.ts';
import { emptyRegister } from './register/service-register.ts';
import { MODEL_VERSION, type ServiceDefinition } from './service-definition.ts';

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * @example buildDefinition({ code: 'dog-licence', settings: { access: { who: 'anyone' } } })
 */
export function buildDefinition(overrides: DeepPartial<ServiceDefinition> = {}): ServiceDefinition {
  const base: ServiceDefinition = {
    modelVersion: MODEL_VERSION,
    code: 'test-service',
    version: 1,
    agency: 'test-agency',
    state: 'draft',
    title: { lv: 'Testa pakalpojums', en: 'Test service' },
    description: { lv: 'Pakalpojums testiem.', en: 'A service for tests.' },
    form: {
      schema: {
        $schema: FORM_SCHEMA_DIALECT,
        type: 'object',
        required: ['fullName'],
        properties: { fullName: { type: 'string', title: 'Vārds, uzvārds', minLength: 1, maxLength: 100 } },
      },
      uiSchema: {},
      steps: [],
      translations: { en: { '/properties/fullName': { title: 'Full name' } } },
      conditions: [],
    },
    settings: {
      access: { who: 'anyone', assurance: 'low' },
      prefill: [],
      targetProcessingTime: 'P10D',
      delivery: [],
    },
    register: emptyRegister(),
  };
  return deepMerge(base, overrides) as ServiceDefinition;
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return structuredClone(base);
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const result: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    // Object.defineProperty, not assignment: a `__proto__` key in a test stays data, not a prototype.
    Object.defineProperty(result, key, {
      value: deepMerge(result[key], value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
