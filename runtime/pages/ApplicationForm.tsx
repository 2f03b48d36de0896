import { useEffect, useRef, useState } from 'react';
import type { ApiIssue } from '../../schema/api-error.ts';
import type { PublishedService } from '../api/published-service.ts';
import { submitApplication } from '../api/submit-application.ts';
import { type FormData, ServiceForm } from '../form/ServiceForm.tsx';
import { unresolvedIssues } from '../form/server-issues.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { createIdempotencyKey } from '../journey/create-idempotency-key.ts';
import { prefillFromUrl } from '../journey/prefill-from-url.ts';
import { type StoredReceipt, saveReceipt } from '../journey/submission-receipt-store.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { navigate } from '../routing/navigate.ts';
import { donePath } from '../routing/parse-route.ts';

type Problem = keyof UiStrings['submitError'];

interface ServerIssues {
  issues: ApiIssue[];
  /** The data the issues were found in, to tell which fields the citizen has since changed. */
  submitted: FormData;
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * One attempt at a service's form: holds the typed data, sends it once, and turns every answer
 * into something the citizen can act on. Later issues hang save/resume and step navigation here.
 *
 * Idempotency: one key per attempt. It is kept when no answer came back (the submission may have
 * arrived; a retry with the same key cannot make a second one) and replaced after a definite
 * answer, so a corrected resubmission is a new attempt.
 */
export function ApplicationForm({
  service,
  params,
}: {
  service: PublishedService;
  params: Record<string, string>;
}) {
  const { language, strings } = useLanguage();
  const { definition } = service;
  const [formData, setFormData] = useState<FormData>(() => prefillFromUrl(definition, params));
  const [serverIssues, setServerIssues] = useState<ServerIssues>({ issues: [], submitted: {} });
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const idempotencyKey = useRef(createIdempotencyKey());
  const inFlight = useRef(false);
  const problemRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(definition.title[language]);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  const onChange = (data: FormData) => {
    setFormData(data);
    setServerIssues((current) =>
      current.issues.length === 0
        ? current
        : { ...current, issues: unresolvedIssues(current.issues, current.submitted, data) },
    );
  };

  const onSubmit = async (data: FormData) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setProblem(undefined);
    const outcome = await submitApplication({
      code: service.code,
      version: service.version,
      data,
      idempotencyKey: idempotencyKey.current,
    });
    inFlight.current = false;
    setSubmitting(false);
    if (outcome.kind !== 'network' && outcome.kind !== 'failed')
      idempotencyKey.current = createIdempotencyKey();

    switch (outcome.kind) {
      case 'submitted': {
        const receipt: StoredReceipt = {
          reference: outcome.receipt.reference,
          serviceCode: service.code,
          submittedAt: outcome.receipt.submittedAt,
          serviceTitle: definition.title,
          agencyName: service.agency.name,
          targetProcessingTime: definition.settings.targetProcessingTime,
        };
        saveReceipt(sessionStore(), receipt);
        // Replace, so Back from the confirmation does not reopen the form that was just sent.
        navigate(donePath(service.code), { replace: true, state: { receipt } });
        return;
      }
      case 'invalid':
        if (outcome.issues.length === 0) return setProblem('tryAgain');
        setServerIssues({ issues: outcome.issues, submitted: data });
        setSummaryFocusRequest((n) => n + 1);
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

  return (
    <>
      <h1 className="service-title">
        <span className="service-title__agency">{service.agency.name[language]}</span>
        {definition.title[language]}
      </h1>
      {definition.description[language] ? <p className="lead">{definition.description[language]}</p> : null}
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
      <ServiceForm
        form={definition.form}
        language={language}
        strings={strings}
        formData={formData}
        onChange={onChange}
        onSubmit={onSubmit}
        submitting={submitting}
        serverIssues={serverIssues.issues}
        summaryFocusRequest={summaryFocusRequest}
      />
    </>
  );
}
