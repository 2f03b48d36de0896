import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { useMemo, useState } from 'react';
import type { Language, ServiceForm } from '../../schema/service-definition.ts';
import { type AnswerChecker, createAnswerChecker } from './answer-checker.ts';
import { createFormLayout, type FormLayout, fieldOrder } from './create-form-layout.ts';
import { createFormValidator } from './create-form-validator.ts';
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
 * The form's model for one page: one validator (each caches what it compiled), one checker on
 * the definition's own schema, and a layout per language built from the translated schema with
 * autofill tokens added (WCAG 1.3.5).
 */
export function useFormModel(form: ServiceForm, language: Language): FormModel {
  const [validator] = useState(() => createFormValidator<FormData, RJSFSchema>());
  const checker = useMemo(
    () => createAnswerChecker(form.schema, validator, fieldOrder(form.schema, form.uiSchema)),
    [form, validator],
  );
  const layout = useMemo(() => {
    const localized = localizeForm(form, language);
    const uiSchema = withAutocomplete(localized.schema, localized.uiSchema);
    return createFormLayout(localized.schema, uiSchema, form.steps, validator);
  }, [form, language, validator]);
  return useMemo(() => ({ layout, checker, validator }), [layout, checker, validator]);
}
