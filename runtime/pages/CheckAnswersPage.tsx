import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiIssue } from '../../schema/api-error.ts';
import { attachmentName } from '../attachments/attachment-names.ts';
import { ATTACHMENT_STRINGS } from '../attachments/attachment-strings.ts';
import { useAttachmentNames } from '../attachments/use-attachment-names.ts';
import type { FormLayout, VisibleStep } from '../form/create-form-layout.ts';
import { describeAnswer } from '../form/describe-answer.ts';
import { ErrorSummary, type SummaryLine } from '../form/ErrorSummary.tsx';
import { ERROR_SUMMARY_ID, type FormData } from '../form/form-context.ts';
import { describeProblems } from '../form/summary-lines.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import type { FormPosition } from '../routing/parse-route.ts';
import type { SubmitProblem } from './ApplicationForm.tsx';

/** The heading's id: focused when the citizen arrives on this page. */
export const CHECK_HEADING_ID = 'check-heading';

/** Answers shown at once; a longer list follows in slices, so the page appears without delay. */
const FIRST_ROWS = 60;
const MORE_ROWS = 250;

/** How many rows to render now: all of a short list, a long one in slices between frames. */
function useRowsShown(total: number): number {
  const [shown, setShown] = useState(Math.min(total, FIRST_ROWS));
  useEffect(() => {
    if (shown >= total) return;
    const timer = window.setTimeout(
      () => startTransition(() => setShown((n) => Math.min(total, n + MORE_ROWS))),
      0,
    );
    return () => window.clearTimeout(timer);
  }, [shown, total]);
  return Math.max(shown, Math.min(total, FIRST_ROWS));
}

export interface CheckAnswersPageProps {
  serviceTitle: string;
  layout: FormLayout;
  steps: readonly VisibleStep[];
  answers: FormData;
  serverIssues: readonly ApiIssue[];
  problem: SubmitProblem | undefined;
  submitting: boolean;
  focusRequest: number;
  pathAt: (step: FormPosition) => string;
  onChangeAnswer: (step: number, fieldId: string) => void;
  onSubmit: () => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * "Check your answers" (GOV.UK pattern): every answer in plain words, grouped by step, each with
 * a "Change" link back to its question, then "Submit". What is shown is exactly what will be
 * sent: answers of questions that conditions hide are left out. The server checks everything
 * again; its refusals are listed here with links to the questions.
 */
export function CheckAnswersPage({
  serviceTitle,
  layout,
  steps,
  answers,
  serverIssues,
  problem,
  submitting,
  focusRequest,
  pathAt,
  onChangeAnswer,
  onSubmit,
}: CheckAnswersPageProps) {
  const { language, strings } = useLanguage();
  useDocumentTitle(`${strings.check.title} – ${serviceTitle}`);
  const sent = useMemo(() => layout.submittable(answers), [layout, answers]);
  const namesLoaded = useAttachmentNames(layout.schema, sent);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `namesLoaded` re-reads names fetched for a resumed draft.
  const context = useMemo(
    () => ({
      language,
      root: layout.schema,
      words: { yes: strings.check.yes, no: strings.check.no, notAnswered: strings.check.notAnswered },
      fileName: (token: string) => attachmentName(token)?.fileName ?? ATTACHMENT_STRINGS[language].fileWord,
    }),
    [language, layout, strings, namesLoaded],
  );

  const total = steps.reduce((sum, step) => sum + step.fields.length, 0);
  const rowsShown = useRowsShown(total);
  let rowsLeft = rowsShown;

  const stepOfField = new Map<string, number>();
  steps.forEach((step, index) => {
    for (const field of step.fields) stepOfField.set(field, index + 1);
  });
  const lines: SummaryLine[] = describeProblems([], serverIssues, layout.schema, strings).map((found) => {
    const step = found.field ? stepOfField.get(found.field) : steps.length;
    if (!step || !found.fieldId) return { text: found.text };
    const fieldId = found.fieldId;
    return {
      text: found.text,
      href: `${pathAt(step)}#${fieldId}`,
      onFollow: () => onChangeAnswer(step, fieldId),
    };
  });

  const handledRequest = useRef(focusRequest);
  useEffect(() => {
    if (focusRequest === handledRequest.current) return;
    handledRequest.current = focusRequest;
    document.getElementById(ERROR_SUMMARY_ID)?.focus();
  }, [focusRequest]);
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  return (
    <div className="check-answers" data-testid="runtime.check-answers">
      {lines.length > 0 ? <ErrorSummary title={strings.form.errorSummaryTitle} lines={lines} /> : null}
      {problem ? (
        <div
          className="notice notice--error"
          role="alert"
          tabIndex={-1}
          ref={problemRef}
          data-testid="runtime.submit-error"
        >
          {strings.submitError[problem]}
        </div>
      ) : null}
      <h2 id={CHECK_HEADING_ID} tabIndex={-1}>
        {strings.check.title}
      </h2>
      <p>{strings.check.intro}</p>
      {steps.map((step, index) => {
        const fields = step.fields.slice(0, Math.max(0, rowsLeft));
        rowsLeft -= fields.length;
        if (fields.length === 0) return null;
        return (
          <section
            className="check-answers__step"
            key={step.step?.id ?? 'all'}
            aria-labelledby={`check-step-${index}`}
          >
            {step.step ? (
              <h3 className="check-answers__step-title" id={`check-step-${index}`}>
                {step.step.title[language] || step.step.title.lv}
              </h3>
            ) : null}
            <dl className="summary-list">
              {fields.map((field) => {
                const schema = layout.fieldSchema(field, answers) ?? {};
                const ui = isRecord(layout.uiSchema[field]) ? layout.uiSchema[field] : {};
                const title = typeof ui['ui:title'] === 'string' ? ui['ui:title'] : (schema.title ?? field);
                const fieldId = `root_${field}`;
                return (
                  <div className="summary-list__row" key={field} data-testid={`runtime.answer-${field}`}>
                    <dt className="summary-list__key">{title}</dt>
                    <dd className="summary-list__value">
                      {describeAnswer(schema, ui, sent[field], context).map((line, lineIndex) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one answer, replaced as a whole.
                        <span className="summary-list__line" key={lineIndex}>
                          {line}
                        </span>
                      ))}
                    </dd>
                    <dd className="summary-list__actions">
                      <Link href={`${pathAt(index + 1)}#${fieldId}`} data-testid={`runtime.change-${field}`}>
                        {strings.check.change}
                        <span className="visually-hidden"> – {title}</span>
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
      <p>{strings.check.submitIntro}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="runtime.submit"
          aria-disabled={submitting || undefined}
          onClick={onSubmit}
        >
          {submitting ? strings.form.submitting : strings.form.submit}
        </button>
      </div>
    </div>
  );
}
