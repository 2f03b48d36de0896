import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  instantiateValidators,
  type PrecompiledValidators,
  type ValidatorModuleLoader,
} from '../../../schema/standalone-validators.ts';

/**
 * Loads generated module code the way a browser does (an ES module from a file, no eval), and
 * instantiates it with the helpers the runtime passes. For tests.
 */
export async function importValidatorModule(code: string): Promise<PrecompiledValidators> {
  const folder = await mkdtemp(join(tmpdir(), 'validator-module-'));
  const file = join(folder, 'validators.mjs');
  try {
    await writeFile(file, code);
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: unknown };
    return instantiateValidators(module.default as ValidatorModuleLoader);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
