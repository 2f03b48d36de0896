import { type FormEvent, useEffect, useRef } from 'react';
import type { ApiIssue } from '../../schema/api-error.ts';
import type { CheckResult } from '../form/answer-checker.ts';
import type { VisibleStep } from '../form/create-form-layout.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { ERROR_SUMMARY_ID, type FormData } from '../form/form-context.ts';
import { StepFields } from '../form/StepFields.tsx';
import { withServerIssues } from '../form/server-issues.ts';
import { describeProblems } from '../form/summary-lines.ts';
import type { FormModel } from '../form/use-form-model.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { StepProgress } from './StepProgress.tsx';

/** The step heading's id: focused when the citizen moves to another step. */
export const STEP_HEADING_ID = 'step-heading';

export interface FormStepPageProps {
  serviceTitle: string;
  model: FormModel;
  steps: readonly VisibleStep[];
  index: number;
  answers: FormData;
  readAnswers: () => FormData;
  onAnswers: (fields: readonly string[], values: FormData) => void;
  /** The step's errors, once the citizen has tried to continue; undefined before. */
  check: CheckResult | undefined;
  /** The server's issues about this step's fields (after a refused submission). */
  serverIssues: readonly ApiIssue[];
  /** Bumped to move focus to the error summary. */
  focusRequest: number;
  onNext: () => void;
  onBack: (() => void) | undefined;
}

/**
 * One step of a form: where the citizen is ("2. solis no 5"), the step's questions, and
 * "Continue" (which checks only this step) and "Back". One real `<form>`, so Enter in a text
 * field continues, as people expect.
 */
export function FormStepPage({
  serviceTitle,
  model,
  steps,
  index,
  answers,
  readAnswers,
  onAnswers,
  check,
  serverIssues,
  focusRequest,
  onNext,
  onBack,
}: FormStepPageProps) {
  const { language, strings } = useLanguage();
  const { layout } = model;
  const current = steps[index] ?? { step: undefined, fields: [] };
  const title = current.step ? current.step.title[language] || current.step.title.lv : undefined;
  useDocumentTitle(title ? `${title} – ${serviceTitle}` : serviceTitle);

  const problems = describeProblems(check?.errors ?? [], serverIssues, layout.schema, strings);
  const errorSchema = withServerIssues(check?.errorSchema, serverIssues, strings.errors, layout.schema);

  // A new request (a failed "Continue", a refused submission) moves focus to the summary; the
  // value the step started with is not a request.
  const handledRequest = useRef(focusRequest);
  useEffect(() => {
    if (focusRequest === handledRequest.current) return;
    handledRequest.current = focusRequest;
    document.getElementById(ERROR_SUMMARY_ID)?.focus();
  }, [focusRequest]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onNext();
  };
  const required = new Set(layout.schema.required ?? []);
  const hasRequired = current.fields.some((field) => required.has(field));

  return (
    <form className="form-step" noValidate onSubmit={onSubmit} data-testid="runtime.form">
      {problems.length > 0 ? (
        <ErrorSummary
          title={strings.form.errorSummaryTitle}
          lines={problems.map(({ fieldId, text }) => (fieldId ? { text, fieldId } : { text }))}
        />
      ) : null}
      {steps.length > 1 ? <StepProgress current={index + 1} total={steps.length} /> : null}
      {title ? (
        <h2
          className="form-step__title"
          id={STEP_HEADING_ID}
          tabIndex={-1}
          data-testid="runtime.step-heading"
        >
          {steps.length > 1 ? (
            <span className="form-step__caption">{strings.form.stepProgress(index + 1, steps.length)}</span>
          ) : null}
          {title}
        </h2>
      ) : null}
      {hasRequired ? <p className="service-form__hint">{strings.form.requiredHint}</p> : null}
      <StepFields
        model={model}
        fields={current.fields}
        answers={answers}
        readAnswers={readAnswers}
        errorSchema={errorSchema}
        onAnswers={onAnswers}
        language={language}
        strings={strings}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" data-testid="runtime.next">
          {strings.form.next}
        </button>
        {onBack ? (
          <button
            type="button"
            className="button button--secondary"
            data-testid="runtime.back"
            onClick={onBack}
          >
            {strings.form.back}
          </button>
        ) : null}
      </div>
    </form>
  );
}
