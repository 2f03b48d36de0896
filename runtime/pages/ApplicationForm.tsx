import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiIssue } from '../../schema/api-error.ts';
import { parsePointer } from '../../schema/json-pointer.ts';
import type { PrecompiledValidators } from '../../schema/standalone-validators.ts';
import type { PublishedService } from '../api/published-service.ts';
import { submitApplication } from '../api/submit-application.ts';
import { AttachmentUploadContext } from '../attachments/AttachmentUploadContext.tsx';
import { DraftChangesNotice } from '../drafts/DraftChangesNotice.tsx';
import { saveResumeToken } from '../drafts/draft-store.ts';
import { deleteMyDraft } from '../drafts/drafts-api.ts';
import { SaveForLater } from '../drafts/SaveForLater.tsx';
import { focusField } from '../form/focus-field.ts';
import type { FormData } from '../form/form-context.ts';
import { toPlainErrors } from '../form/plain-error-messages.ts';
import { createPrecompiledValidator } from '../form/precompiled-validator.ts';
import { unresolvedIssues } from '../form/server-issues.ts';
import { useFormModel } from '../form/use-form-model.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { allowedPosition } from '../journey/allowed-position.ts';
import { createIdempotencyKey } from '../journey/create-idempotency-key.ts';
import { type StoredReceipt, saveReceipt } from '../journey/submission-receipt-store.ts';
import { navigate } from '../routing/navigate.ts';
import { applyPath, donePath, type FormPosition } from '../routing/parse-route.ts';
import type { FormIdentity } from '../session/IdentityGate.tsx';
import { CHECK_HEADING_ID, CheckAnswersPage } from './CheckAnswersPage.tsx';
import { FormStepPage, STEP_HEADING_ID } from './FormStepPage.tsx';
import { useAnswers } from './use-answers.ts';
import { useWarmUp } from './use-warm-up.ts';

export type SubmitProblem = keyof UiStrings['submitError'];

interface ServerIssues {
  issues: ApiIssue[];
  /** The data the issues were found in, to tell which fields the citizen has since changed. */
  submitted: FormData;
}

const PAGE_TITLE_ID = 'page-title';

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function issueField(issue: ApiIssue): string | undefined {
  return parsePointer(issue.path)?.[0];
}

/**
 * One attempt at a service's form: the answers, the step the URL names, "check your answers" and
 * the submission. The URL is the source of truth for where the citizen is (`?step=2`,
 * `?step=check`), so Back/Forward and a reload behave; this component only checks that the place
 * is allowed and sends the citizen to the first incomplete step when it is not.
 *
 * Idempotency: one key per attempt. It is kept when no answer came back (the submission may have
 * arrived; a retry with the same key cannot make a second one) and replaced after a definite
 * answer, so a corrected resubmission is a new attempt.
 */
export function ApplicationForm({
  service,
  pinnedVersion,
  requested,
  params,
  identity,
  validators,
}: {
  service: PublishedService;
  /** The published version's precompiled validators (runtime/api/load-validators.ts). */
  validators: PrecompiledValidators;
  pinnedVersion: number | undefined;
  requested: FormPosition | undefined;
  params: Record<string, string>;
  /** The sign-in's part (runtime/session/IdentityGate.tsx): CSRF token, fixed answers, party. */
  identity?: Omit<FormIdentity, 'service'>;
}) {
  const { language, strings } = useLanguage();
  const { definition, code } = service;
  const [validator] = useState(() => createPrecompiledValidator(validators));
  const model = useFormModel(definition.form, language, validator);
  const { layout, checker } = model;
  const { answers, readAnswers, setFieldAnswers, forget } = useAnswers(
    code,
    service.version,
    definition,
    params,
    identity?.fixedAnswers,
  );
  const [serverIssues, setServerIssues] = useState<ServerIssues>({ issues: [], submitted: {} });
  const [attempted, setAttempted] = useState<ReadonlySet<string>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const [problem, setProblem] = useState<SubmitProblem | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const idempotencyKey = useRef(createIdempotencyKey());
  // Where file fields upload (issue 4): this service's version, with the session's CSRF token.
  const uploadTarget = useMemo(
    () => ({ serviceCode: code, version: service.version, csrfToken: identity?.csrfToken }),
    [code, service.version, identity?.csrfToken],
  );
  const inFlight = useRef(false);
  useWarmUp(checker);

  // A form without conditions keeps its steps whatever is typed: not recomputed per keystroke.
  const layoutAnswers = layout.dependsOnAnswers ? answers : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `layoutAnswers` stands for `answers` where they matter.
  const steps = useMemo(() => layout.steps(answers), [layout, layoutAnswers]);
  const transformErrors = useCallback(
    (errors: Parameters<typeof toPlainErrors>[0]) => toPlainErrors(errors, strings.errors),
    [strings],
  );
  const stepErrors = useCallback(
    (index: number, data: FormData) =>
      checker.check(layout.submittable(data), {
        fields: new Set(steps[index]?.fields ?? []),
        includeFormLevel: index === steps.length - 1,
        transformErrors,
      }),
    [checker, layout, steps, transformErrors],
  );
  const pathAt = useCallback(
    (step: FormPosition) => applyPath(code, { version: pinnedVersion, step }),
    [code, pinnedVersion],
  );

  // Where the citizen may be; the URL is corrected (replaced) when it asks for more. Only a new
  // request is checked: answers typed on the allowed step never move the citizen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed per request, not per keystroke.
  const position = useMemo(
    () =>
      allowedPosition(
        requested,
        steps.length,
        (index) => stepErrors(index, readAnswers()).errors.length === 0,
      ),
    [requested, steps.length],
  );
  const hasPrefillParams = Object.keys(params).length > 0;
  useEffect(() => {
    // Prefill parameters are applied once and leave the URL, so a reload keeps what was typed over them.
    if (position !== (requested ?? 1) || hasPrefillParams) {
      navigate(`${pathAt(position)}${window.location.hash}`, { replace: true });
    }
  }, [position, requested, hasPrefillParams, pathAt]);

  const onAnswers = useCallback(
    (fields: readonly string[], values: FormData) => {
      setFieldAnswers(fields, values);
      setServerIssues((current) =>
        current.issues.length === 0
          ? current
          : { ...current, issues: unresolvedIssues(current.issues, current.submitted, readAnswers()) },
      );
    },
    [setFieldAnswers, readAnswers],
  );

  const goTo = useCallback(
    (step: FormPosition, fieldId?: string) => {
      navigate(`${pathAt(step)}${fieldId ? `#${fieldId}` : ''}`);
    },
    [pathAt],
  );

  // On every move after the first page: focus the field a "Change" link named, else the new
  // page's heading, so keyboard and screen-reader users start at the top of what changed.
  const shownPosition = useRef<FormPosition | null>(null);
  // After "Change" (or Back) from the answers page, "Continue" returns there once all is complete
  // (GOV.UK check-answers pattern), instead of walking the remaining steps again.
  const returnToCheck = useRef(false);
  useEffect(() => {
    const previous = shownPosition.current;
    shownPosition.current = position;
    if (position === 'check') returnToCheck.current = false;
    else if (previous === 'check') returnToCheck.current = true;
    if (previous === null || previous === position) return;
    const fieldId = decodeURIComponent(window.location.hash.slice(1));
    if (fieldId && focusField(fieldId)) return;
    const heading =
      document.getElementById(position === 'check' ? CHECK_HEADING_ID : STEP_HEADING_ID) ??
      document.getElementById(PAGE_TITLE_ID);
    heading?.focus();
  }, [position]);

  const index = position === 'check' ? -1 : position - 1;
  const step = steps[index] ?? { step: undefined, fields: [] };
  const stepKey = step.step?.id ?? '';
  const shownCheck = useMemo(
    () => (index >= 0 && attempted.has(stepKey) ? stepErrors(index, answers) : undefined),
    [index, attempted, stepKey, stepErrors, answers],
  );

  const submit = async () => {
    if (inFlight.current) return;
    const data = layout.submittable(readAnswers());
    const firstIncomplete = steps.findIndex((_, index) => stepErrors(index, data).errors.length > 0);
    if (firstIncomplete >= 0) {
      setAttempted((current) => new Set(current).add(steps[firstIncomplete]?.step?.id ?? ''));
      return goTo(firstIncomplete + 1);
    }
    inFlight.current = true;
    setSubmitting(true);
    setProblem(undefined);
    const outcome = await submitApplication({
      code,
      version: service.version,
      data,
      idempotencyKey: idempotencyKey.current,
      csrfToken: identity?.csrfToken,
      onBehalfOf: identity?.onBehalfOf,
    });
    inFlight.current = false;
    setSubmitting(false);
    if (outcome.kind !== 'network' && outcome.kind !== 'failed')
      idempotencyKey.current = createIdempotencyKey();

    switch (outcome.kind) {
      case 'submitted': {
        const receipt: StoredReceipt = {
          reference: outcome.receipt.reference,
          serviceCode: code,
          submittedAt: outcome.receipt.submittedAt,
          serviceTitle: definition.title,
          agencyName: service.agency.name,
          targetProcessingTime: definition.settings.targetProcessingTime,
          receiptToken: outcome.receipt.receiptToken,
        };
        forget();
        // Sent: the saved draft is done with (issue 4); a resume link's draft expires on its own.
        saveResumeToken(code, undefined);
        if (identity?.csrfToken) void deleteMyDraft(code, identity.csrfToken);
        saveReceipt(sessionStore(), receipt);
        // Replace, so Back from the confirmation does not reopen the answers that were just sent.
        navigate(donePath(code), { replace: true, state: { receipt } });
        return;
      }
      case 'invalid':
        if (outcome.issues.length === 0) return setProblem('tryAgain');
        setServerIssues({ issues: outcome.issues, submitted: readAnswers() });
        setFocusRequest((n) => n + 1);
        return;
      case 'network':
        return setProblem('network');
      case 'too-large':
        return setProblem('tooLarge');
      case 'retired':
        return setProblem('retired');
      case 'not-found':
        return setProblem('notFound');
      case 'key-reused':
      case 'failed':
        return setProblem('tryAgain');
    }
  };

  const header = (
    <h1 className="service-title" id={PAGE_TITLE_ID} tabIndex={-1}>
      <span className="service-title__agency">{service.agency.name[language]}</span>
      {definition.title[language]}
    </h1>
  );

  if (position === 'check') {
    return (
      <>
        {header}
        <CheckAnswersPage
          serviceTitle={definition.title[language]}
          layout={layout}
          steps={steps}
          answers={answers}
          serverIssues={serverIssues.issues}
          problem={problem}
          submitting={submitting}
          focusRequest={focusRequest}
          pathAt={pathAt}
          onChangeAnswer={goTo}
          onSubmit={submit}
        />
      </>
    );
  }

  const fieldSet = new Set(step.fields);
  const issues = serverIssues.issues.filter((issue) => {
    const field = issueField(issue);
    return field === undefined ? index === steps.length - 1 : fieldSet.has(field);
  });
  return (
    <>
      {header}
      <DraftChangesNotice code={code} />
      {definition.description[language] && index === 0 ? (
        <p className="lead">{definition.description[language]}</p>
      ) : null}
      <AttachmentUploadContext.Provider value={uploadTarget}>
        <FormStepPage
          key={stepKey}
          serviceTitle={definition.title[language]}
          model={model}
          steps={steps}
          index={index}
          answers={answers}
          readAnswers={readAnswers}
          onAnswers={onAnswers}
          check={shownCheck}
          serverIssues={issues}
          focusRequest={focusRequest}
          onNext={() => {
            const { errors } = stepErrors(index, readAnswers());
            if (errors.length > 0) {
              setAttempted((current) => new Set(current).add(stepKey));
              setFocusRequest((n) => n + 1);
              return;
            }
            const complete = () =>
              steps.every(
                (_, other) => other === index || stepErrors(other, readAnswers()).errors.length === 0,
              );
            goTo(index === steps.length - 1 || (returnToCheck.current && complete()) ? 'check' : index + 2);
          }}
          onBack={index > 0 ? () => goTo(index) : undefined}
        />
        <SaveForLater
          code={code}
          version={service.version}
          step={index}
          answers={answers}
          csrfToken={identity?.csrfToken}
        />
      </AttachmentUploadContext.Provider>
    </>
  );
}
