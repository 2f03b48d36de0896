import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { useMemo } from 'react';
import type { Language, ServiceForm } from '../../schema/service-definition.ts';
import { type AnswerChecker, createAnswerChecker } from './answer-checker.ts';
import { createFormLayout, type FormLayout } from './create-form-layout.ts';
import { withAutocomplete } from './derive-autocomplete.ts';
import type { FormData } from './form-context.ts';
import { localizeForm } from './localize-form.ts';

/** What the pages need to show and check a form: its layout in the page's language and its checker. */
export interface FormModel {
  layout: FormLayout;
  /** Language-independent, so compiled validators survive a language switch. */
  checker: AnswerChecker;
  validator: ValidatorType<FormData, RJSFSchema>;
}

/**
 * The form's model for one page: the given validator (the citizen pages: precompiled functions of
 * the published version; the builder's preview: one that compiles), one checker on the
 * definition's own schema, and a layout per language built from the translated schema with
 * autofill tokens added (WCAG 1.3.5). Pass the same validator object on every render.
 */
export function useFormModel(
  form: ServiceForm,
  language: Language,
  validator: ValidatorType<FormData, RJSFSchema>,
): FormModel {
  const checker = useMemo(() => createAnswerChecker(form.schema, validator), [form, validator]);
  const layout = useMemo(() => {
    const localized = localizeForm(form, language);
    const uiSchema = withAutocomplete(localized.schema, localized.uiSchema);
    return createFormLayout(localized.schema, uiSchema, form.steps, validator);
  }, [form, language, validator]);
  return useMemo(() => ({ layout, checker, validator }), [layout, checker, validator]);
}
