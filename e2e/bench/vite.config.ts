import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds only the benchmark's baseline page (a default @rjsf/core form) into e2e/bench/dist, with
 * the same React plugin and production settings as the runtime, so the two ship comparable code.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
