/**
 * The runtime's stylesheet as text, for the preview frame: the preview must look exactly as the
 * citizen's page does, and only a frame keeps those global styles (and the phone width's media
 * queries) away from the builder's own page.
 *
 * TODO(runtime owner): export this from runtime/index.ts (its public entry) so the builder does
 * not reach into runtime/theme; this one line is the only place that does.
 */
export { default as RUNTIME_STYLES } from '../../runtime/theme/runtime.css?inline';
