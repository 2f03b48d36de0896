import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes a brotli and a gzip copy beside each built script and style sheet; the server sends the
 * copy a browser accepts (server/static/asset-store.ts), so nothing is compressed per request.
 */
function precompressAssets(): Plugin {
  return {
    name: 'precompress-assets',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? resolve(import.meta.dirname, 'dist');
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json)$/.test(fileName)) continue;
        const path = join(dir, fileName);
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        const quality = {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        };
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: quality }));
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

/**
 * One Vite config for the browser apps and for Vitest.
 * The browser apps are built as a multi-page app into dist/; the server serves them.
 * Vitest only picks up `*.test.ts(x)` files so it never runs Playwright's `*.spec.ts`.
 */
export default defineConfig({
  plugins: [react(), precompressAssets()],
  resolve: {
    // RJSF renders descriptions through markdown-to-jsx; our help text is already structured
    // (rich text rendered by the runtime), so a plain-text stand-in saves ~31 KiB (gzipped) of JS.
    alias: { 'markdown-to-jsx/react': resolve(import.meta.dirname, 'runtime/form/no-markdown.tsx') },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        runtime: resolve(import.meta.dirname, 'runtime/index.html'),
        // The form page: the same app, with the form's code named in its HTML (issue 4).
        'runtime-apply': resolve(import.meta.dirname, 'runtime/apply.html'),
        builder: resolve(import.meta.dirname, 'builder/index.html'),
      },
    },
  },
  test: {
    include: ['{schema,server,runtime,builder}/**/*.test.{ts,tsx}'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
