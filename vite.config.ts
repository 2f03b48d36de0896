import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * One Vite config for the browser apps and for Vitest.
 * The browser apps are built as a multi-page app into dist/; the server serves them.
 * Vitest only picks up `*.test.ts(x)` files so it never runs Playwright's `*.spec.ts`.
 */
export default defineConfig({
  plugins: [react()],
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
