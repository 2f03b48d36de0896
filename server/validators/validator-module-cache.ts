/**
 * Precompiled validator modules of published versions, kept (bounded, least recently used goes
 * first). A published version never changes, so its module never does. Publishing warms the
 * cache right after answering (`warm`), so citizens do not wait for the compile (0.1-0.2 s for
 * 1,000 fields); a module not cached (after a restart, or pushed out) is made on its first
 * request. Each entry is kept plain and gzipped.
 */
import { gzipSync } from 'node:zlib';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { compileValidatorModule } from './compile-validator-module.ts';

export interface ValidatorModule {
  code: string;
  gzipped: Buffer;
}

export interface ValidatorModuleCache {
  /** The module for `key` (`code@version`: immutable), compiling `schema` on a miss. */
  get(key: string, schema: JsonSchema): ValidatorModule;
  /**
   * Makes the module for `key` once the current request has been answered (a new version was
   * just published). A schema that does not compile is left for `get` to report.
   */
  warm(key: string, schema: JsonSchema): void;
  readonly size: number;
}

/** @example createValidatorModuleCache(50).get(`${code}@${version}`, definition.form.schema).code */
export function createValidatorModuleCache(maxEntries: number): ValidatorModuleCache {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new Error(`createValidatorModuleCache: maxEntries must be a positive integer, not ${maxEntries}`);
  }
  const entries = new Map<string, ValidatorModule>();
  const cache: ValidatorModuleCache = {
    get(key, schema) {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const code = compileValidatorModule(schema);
      const made = { code, gzipped: gzipSync(code) };
      entries.set(key, made);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return made;
    },
    warm(key, schema) {
      setImmediate(() => {
        if (entries.has(key)) return;
        try {
          cache.get(key, schema);
        } catch {
          // Published versions were checked; should one still not compile, its request says so.
        }
      });
    },
    get size() {
      return entries.size;
    },
  };
  return cache;
}
