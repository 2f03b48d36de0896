/**
 * The runtime's public entry, for the builder's live preview only (house rule: the builder
 * imports schema/ and this file, never the runtime's internals). The preview renders a draft
 * exactly as citizens will see it: same layout, templates, autofill tokens and texts, one step
 * at a time (`step`), without the citizen's navigation, checks and submission around it.
 */
export { type FormData, ServiceForm, type ServiceFormProps } from './form/ServiceForm.tsx';
export { en } from './i18n/en.ts';
export { lv } from './i18n/lv.ts';
export type { UiStrings } from './i18n/ui-strings.ts';
