import {
  instantiateValidators,
  type PrecompiledValidators,
  type ValidatorModuleLoader,
} from '../../schema/standalone-validators.ts';
import { validatorModulePath } from '../../schema/validator-module-path.ts';

/**
 * Imports the precompiled validators of one published version: a same-origin JavaScript module,
 * which a `script-src 'self'` policy allows (no eval). Rejects when the module cannot be loaded.
 *
 * @example const validators = await loadValidators('dog-licence', 2)
 */
export async function loadValidators(
  code: string,
  version: number,
  importModule: (url: string) => Promise<{ default?: unknown }> = (url) => import(/* @vite-ignore */ url),
): Promise<PrecompiledValidators> {
  const module = await importModule(validatorModulePath(code, version));
  if (typeof module.default !== 'function') throw new Error('Not a validator module.');
  return instantiateValidators(module.default as ValidatorModuleLoader);
}
