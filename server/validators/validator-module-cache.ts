/**
 * Precompiled validator modules of published versions, kept (bounded, least recently used goes
 * first). A published version never changes, so its module never does. Publishing warms the
 * cache right after answering (`warm`), so citizens do not wait for the compile (0.1-0.2 s for
 * 1,000 fields); a module not cached (after a restart, or pushed out) is made on its first
 * request. Each entry is kept plain and gzipped.
 */
import { gzipSync } from 'node:zlib';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { bytesOf } from '../app/bytes-of.ts';
import { compileValidatorModule } from './compile-validator-module.ts';

export interface ValidatorModule {
  code: string;
  gzipped: Uint8Array<ArrayBuffer>;
}

export interface ValidatorModuleCache {
  /** The module of a published version (immutable), compiling `schema` on a miss. */
  get(code: string, version: number, schema: JsonSchema): ValidatorModule;
  /**
   * Makes the module of a version once the current request has been answered (a new version was
   * just published). A schema that does not compile is left for `get` to report.
   */
  warm(code: string, version: number, schema: JsonSchema): void;
  readonly size: number;
}

const keyOf = (code: string, version: number) => `${code}@${version}`;

/** @example createValidatorModuleCache(50).get(code, version, definition.form.schema).code */
export function createValidatorModuleCache(maxEntries: number): ValidatorModuleCache {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new Error(`createValidatorModuleCache: maxEntries must be a positive integer, not ${maxEntries}`);
  }
  const entries = new Map<string, ValidatorModule>();
  const cache: ValidatorModuleCache = {
    get(code, version, schema) {
      const key = keyOf(code, version);
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const source = compileValidatorModule(schema);
      const made = { code: source, gzipped: bytesOf(gzipSync(source)) };
      entries.set(key, made);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return made;
    },
    warm(code, version, schema) {
      setImmediate(() => {
        if (entries.has(keyOf(code, version))) return;
        try {
          cache.get(code, version, schema);
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
