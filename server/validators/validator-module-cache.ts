/**
 * Precompiled validator modules of published versions, made on first request and kept (bounded,
 * least recently used goes first). A published version never changes, so its module never does;
 * compiling a 1,000-field form takes about a second, serving it afterwards nothing. Each entry is
 * kept plain and gzipped (the module of a large form is over a megabyte of code, about a tenth of
 * that compressed).
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
  readonly size: number;
}

/** @example createValidatorModuleCache(50).get(`${code}@${version}`, definition.form.schema).code */
export function createValidatorModuleCache(maxEntries: number): ValidatorModuleCache {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new Error(`createValidatorModuleCache: maxEntries must be a positive integer, not ${maxEntries}`);
  }
  const entries = new Map<string, ValidatorModule>();
  return {
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
    get size() {
      return entries.size;
    },
  };
}
