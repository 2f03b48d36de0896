/**
 * The contract of a precompiled validator module (ajv standalone code made on the server for one
 * published version, see server/validators/): the module's default export is a function that,
 * given ajv's runtime helpers and our format functions, returns the validate functions by name
 * (schema/validator-key.ts). The generated code imports nothing itself, so it runs as a plain
 * same-origin module under a Content-Security-Policy without 'unsafe-eval', and the helpers it
 * uses are exactly the ones the server's ajv uses.
 */
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { CUSTOM_FORMATS, STANDARD_FORMATS } from './formats/custom-formats.ts';

/** One generated validate function: ajv's shape (`errors` holds the last run's errors). */
export interface PrecompiledValidate {
  (data: unknown): boolean;
  errors?: PrecompiledError[] | null;
}

/** ajv's ErrorObject, as the generated code builds it. */
export interface PrecompiledError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

export type PrecompiledValidators = Readonly<Record<string, PrecompiledValidate | undefined>>;

/** The default export of a generated module. */
export type ValidatorModuleLoader = (
  require: (name: string) => unknown,
  formats: Readonly<Record<string, unknown>>,
) => PrecompiledValidators;

/** CommonJS modules reach us as `{ default: fn }` or as `fn`, depending on the bundler. */
function unwrap<T>(module: unknown): T {
  const inner = (module as { default?: unknown }).default;
  return (typeof module === 'function' || inner === undefined ? module : inner) as T;
}

/** The ajv runtime helpers generated code asks for with `require("ajv/dist/runtime/...")`. */
const RUNTIME: Readonly<Record<string, unknown>> = {
  'ajv/dist/runtime/ucs2length': { default: unwrap(ucs2lengthModule) },
  'ajv/dist/runtime/equal': { default: unwrap(equalModule) },
};

function runtimeRequire(name: string): unknown {
  const found = Object.hasOwn(RUNTIME, name) ? RUNTIME[name] : undefined;
  if (found === undefined) throw new Error(`A precompiled validator needs "${name}", which is not provided.`);
  return found;
}

/** The formats the server's ajv has (schema/ajv-setup.ts), by name, as ajv-formats and we define them. */
export const STANDALONE_FORMATS: Readonly<Record<string, unknown>> = Object.freeze({
  ...Object.fromEntries(STANDARD_FORMATS.map((name) => [name, fullFormats[name]])),
  ...CUSTOM_FORMATS,
});

/**
 * Runs a generated module's loader with the helpers and formats it expects.
 * @example const validators = instantiateValidators((await import(url)).default);
 */
export function instantiateValidators(load: ValidatorModuleLoader): PrecompiledValidators {
  return load(runtimeRequire, STANDALONE_FORMATS);
}
