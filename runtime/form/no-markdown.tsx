import type { ReactNode } from 'react';

/**
 * Stands in for `markdown-to-jsx/react`, which @rjsf/core imports for `ui:enableMarkdownInDescription`
 * (31 KiB gzipped, a sixth of the form page's JavaScript, issue 4's 200 KiB budget). Forms never
 * turn markdown on: descriptions and help are plain text, shown as text. Takes effect with one
 * alias in the root vite.config.ts:
 * `resolve: { alias: { 'markdown-to-jsx/react': resolve(import.meta.dirname, 'runtime/form/no-markdown.tsx') } }`
 */
export function Markdown({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}
