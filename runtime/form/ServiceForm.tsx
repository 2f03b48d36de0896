import Form, { type IChangeEvent } from '@rjsf/core';
import type { RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiIssue } from '../../schema/api-error.ts';
import type { Language, ServiceForm as ServiceFormModel } from '../../schema/service-definition.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { createFormValidator } from './create-form-validator.ts';
import { ERROR_SUMMARY_ID, type FormContext, type FormData } from './form-context.ts';
import { localizeForm } from './localize-form.ts';
import { toPlainErrors } from './plain-error-messages.ts';
import { createTranslateString } from './rjsf-translate-string.ts';
import { issuesToErrorSchema } from './server-issues.ts';
import { ErrorSummary } from './templates/ErrorSummary.tsx';
import { FieldTemplate } from './templates/FieldTemplate.tsx';
import { StepSections } from './templates/StepSections.tsx';
import { TEXT_BUTTON_TEMPLATES } from './templates/text-buttons.tsx';

export type { FormData };

export interface ServiceFormProps {
  form: ServiceFormModel;
  language: Language;
  strings: UiStrings;
  /** Controlled: the page owns the data, so switching language or re-rendering never loses it. */
  formData: FormData;
  onChange: (data: FormData) => void;
  /** Called only with data that passed the same validation the server runs. */
  onSubmit: (data: FormData) => void;
  submitting: boolean;
  /** The server's `422` issues, shown next to their fields and in the error summary. */
  serverIssues: readonly ApiIssue[];
  /** Bumped by the page to move focus to the error summary (after a `422`). */
  summaryFocusRequest: number;
}

const TEMPLATES = {
  ErrorListTemplate: ErrorSummary,
  FieldTemplate,
  ObjectFieldTemplate: StepSections,
  ButtonTemplates: TEXT_BUTTON_TEMPLATES,
};

/**
 * Only the citizen answers. By default RJSF fills a `const` in as the default (pre-ticking a
 * consent box, pre-choosing the first `oneOf` option) and answers a required yes/no question
 * "no"; both would send answers nobody gave. An explicit `default` in the schema still applies.
 */
const DEFAULT_FORM_STATE = { constAsDefaults: 'never', requiredBooleanDefault: 'skip' } as const;

function focusErrorSummary(): void {
  // After React has committed the summary that the failed validation just produced.
  requestAnimationFrame(() => document.getElementById(ERROR_SUMMARY_ID)?.focus());
}

/**
 * A service's form, rendered by react-jsonschema-form with our templates. The one place in the
 * runtime that knows about RJSF (each stateful library in one room): pages hand it the model and
 * the language, and get plain data back.
 *
 * Validation happens on the first submit, then live, so corrected answers clear their messages
 * (GOV.UK: do not validate before the first submit). Live validation is `onChange`, not
 * `onBlur`: in @rjsf/core 6.11 a blur report can carry the data from before a change made in
 * the same click (leave a radio, tick a box), which a controlled form then writes back, losing
 * the tick. HTML5 validation is off so the browser's own bubbles, in the browser's language,
 * never compete with ours.
 */
export function ServiceForm(props: ServiceFormProps) {
  const { form, language, strings, formData, onChange, onSubmit, submitting, serverIssues } = props;
  const formRef = useRef<Form<FormData, RJSFSchema, FormContext>>(null);
  const [validator] = useState(() => createFormValidator<FormData, RJSFSchema, FormContext>());
  const [showsErrors, setShowsErrors] = useState(false);
  const quietRevalidation = useRef(false);

  const localized = useMemo(() => localizeForm(form, language), [form, language]);
  const formContext = useMemo<FormContext>(
    () => ({ language, strings, steps: form.steps }),
    [language, strings, form.steps],
  );
  const translateString = useMemo(() => createTranslateString(strings.formLibrary), [strings]);
  const transformErrors = useCallback(
    (errors: RJSFValidationError[]) => toPlainErrors(errors, strings.errors),
    [strings],
  );
  const extraErrors = useMemo(
    () => (serverIssues.length > 0 ? issuesToErrorSchema(serverIssues, strings.errors) : undefined),
    [serverIssues, strings],
  );

  // The form is remounted per language (see `key` below), so RJSF rebuilds its state from the
  // translated schema. Messages that were on screen are then worded again in the new language,
  // without moving focus away from the language toggle the citizen just pressed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a language change only.
  useEffect(() => {
    if (!showsErrors) return;
    quietRevalidation.current = true;
    formRef.current?.validateForm();
    quietRevalidation.current = false;
  }, [language]);

  useEffect(() => {
    if (props.summaryFocusRequest > 0) focusErrorSummary();
  }, [props.summaryFocusRequest]);

  const onFirstError = useCallback(() => {
    if (!quietRevalidation.current) focusErrorSummary();
  }, []);

  const hasRequired = Array.isArray(form.schema.required) && form.schema.required.length > 0;

  return (
    <div className="service-form" data-testid="runtime.form">
      {hasRequired ? <p className="service-form__hint">{strings.form.requiredHint}</p> : null}
      <Form<FormData, RJSFSchema, FormContext>
        key={language}
        ref={formRef}
        schema={localized.schema as RJSFSchema}
        uiSchema={localized.uiSchema as UiSchema<FormData, RJSFSchema, FormContext>}
        validator={validator}
        formData={formData}
        formContext={formContext}
        templates={TEMPLATES}
        translateString={translateString}
        transformErrors={transformErrors}
        extraErrors={extraErrors}
        noHtml5Validate
        experimental_defaultFormStateBehavior={DEFAULT_FORM_STATE}
        omitExtraData
        liveOmit="onChange"
        liveValidate={showsErrors ? 'onChange' : undefined}
        showErrorList="top"
        focusOnFirstError={onFirstError}
        onError={() => setShowsErrors(true)}
        onChange={(event: IChangeEvent<FormData>) => onChange(event.formData ?? {})}
        onSubmit={(event: IChangeEvent<FormData>) => onSubmit(event.formData ?? {})}
      >
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="runtime.submit"
            aria-disabled={submitting || undefined}
          >
            {submitting ? strings.form.submitting : strings.form.submit}
          </button>
        </div>
      </Form>
    </div>
  );
}
