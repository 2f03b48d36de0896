import type { Language } from '../../schema/service-definition.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';

/** The data of a form: a JSON object keyed by its top-level field names. */
export type FormData = Record<string, unknown>;

/** What our RJSF templates read from `registry.formContext`: the page's language and texts. */
export interface FormContext {
  language: Language;
  strings: UiStrings;
}

/** The error summary's element id: focused after a failed "Continue", so keyboard and screen-reader users land on it. */
export const ERROR_SUMMARY_ID = 'runtime-error-summary';
