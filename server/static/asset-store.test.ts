import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssetStore } from './asset-store.ts';

const SCRIPT = `export const words = ${JSON.stringify('vārds '.repeat(2000))};`;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'asset-store-'));
  writeFileSync(join(dir, 'app-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'app-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'app-abc123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dir, 'small-1.css'), 'a{color:red}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the asset store', () => {
  it('sends the brotli copy to a browser that takes it, gzip to one that takes only gzip, else the file', () => {
    const store = createAssetStore(dir);
    const br = store.get('app-abc123.js', 'gzip, deflate, br, zstd');
    expect(br?.encoding).toBe('br');
    expect(brotliDecompressSync(br!.body).toString()).toBe(SCRIPT);
    expect(br?.type).toBe('text/javascript; charset=utf-8');
    const gz = store.get('app-abc123.js', 'gzip');
    expect(gz?.encoding).toBe('gzip');
    expect(gunzipSync(gz!.body).toString()).toBe(SCRIPT);
    expect(store.get('app-abc123.js', undefined)).toMatchObject({ encoding: undefined });
    expect(Buffer.from(store.get('app-abc123.js', undefined)?.body ?? []).toString()).toBe(SCRIPT);
    // `q=0` refuses an encoding.
    expect(store.get('app-abc123.js', 'br;q=0, gzip')?.encoding).toBe('gzip');
  });

  it('sends a file without copies as built, whatever the browser takes', () => {
    const css = createAssetStore(dir).get('small-1.css', 'br, gzip');
    expect(css).toMatchObject({ encoding: undefined, type: 'text/css; charset=utf-8' });
    expect(Buffer.from(css?.body ?? []).toString()).toBe('a{color:red}');
  });

  it('answers nothing for unknown names, paths, and the compressed copies themselves', () => {
    const store = createAssetStore(dir);
    for (const name of [
      'nope.js',
      '../asset-store.ts',
      '..',
      '.',
      'a/b.js',
      'app-abc123.js.br',
      'app-abc123.js.gz',
      '',
    ]) {
      expect(store.get(name, 'br, gzip'), name).toBeUndefined();
    }
  });
});
