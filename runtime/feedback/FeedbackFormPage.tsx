import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  checkPlainText,
  FEEDBACK_KINDS,
  FEEDBACK_LIMITS,
  type FeedbackKind,
} from '../../schema/feedback/feedback-model.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { ERROR_SUMMARY_ID } from '../form/form-context.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { signInHref } from '../session/session-api.ts';
import { ApiCallError } from '../workplace/workplace-api.ts';
import { type FeedbackDetail, fileFeedback } from './feedback-api.ts';
import { feedbackFormPath, feedbackStrings } from './feedback-strings.ts';
import './feedback.css';

type Field = 'kind' | 'subject' | 'body';
const FIELD_IDS: Record<Field, string> = {
  kind: 'feedback-kind-suggestion',
  subject: 'feedback-subject',
  body: 'feedback-body',
};

/**
 * `/feedback` (about the platform) and `/feedback?service={code}` (about a service): a short
 * form to suggest, complain or ask (issue 7, P13). Signed-in only, so the agency can answer in
 * the workplace. Checked in the browser as the server checks (the shared model), errors listed in
 * a summary that takes focus and beside each field (WCAG 3.3.1).
 */
export function FeedbackFormPage({ serviceCode }: { serviceCode?: string }) {
  const { language } = useLanguage();
  const text = feedbackStrings(language);
  const { read } = useSession();
  const serviceTitle = useServiceTitle(serviceCode);
  const [kind, setKind] = useState<FeedbackKind | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<FeedbackDetail | null>(null);
  const [key] = useState(() => crypto.randomUUID());
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(done ? text.doneTitle : text.formTitle);

  useEffect(() => {
    if (Object.keys(errors).length > 0) document.getElementById(ERROR_SUMMARY_ID)?.focus();
  }, [errors]);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  if (!read) return null;
  const session = read.session;
  if (!session.authenticated) {
    return (
      <>
        <h1>{text.signInTitle}</h1>
        <p>{text.signInBody}</p>
        <p>
          <a
            className="button"
            href={signInHref(feedbackFormPath(serviceCode))}
            data-testid="feedback.sign-in"
          >
            {text.signIn}
          </a>
        </p>
      </>
    );
  }
  if (done) {
    return (
      <section data-testid="feedback.done">
        <h1 ref={doneHeading} tabIndex={-1}>
          {text.doneTitle}
        </h1>
        <p>
          {text.doneNumber}: <strong data-testid="feedback.reference">{done.reference}</strong>
        </p>
        <p>{text.doneBody}</p>
        <p>
          <Link className="button" href={`/my/feedback/${encodeURIComponent(done.reference)}`}>
            {text.openIt}
          </Link>
        </p>
      </section>
    );
  }

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!kind) found.kind = text.chooseKind;
    const say = (problem: string, max: number) =>
      problem === 'too_long'
        ? text.tooLong(max)
        : problem === 'markup_not_allowed'
          ? text.markup
          : text.required;
    const s = checkPlainText(subject, FEEDBACK_LIMITS.subjectMaxChars);
    if (!s.ok) found.subject = say(s.problem, FEEDBACK_LIMITS.subjectMaxChars);
    const b = checkPlainText(body, FEEDBACK_LIMITS.bodyMaxChars);
    if (!b.ok) found.body = say(b.problem, FEEDBACK_LIMITS.bodyMaxChars);
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (sending || !session.authenticated) return;
    const found = check();
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0 || !kind) return;
    setSending(true);
    try {
      setDone(
        await fileFeedback({ kind, serviceCode: serviceCode ?? null, subject, body }, session.csrfToken, key),
      );
    } catch (error) {
      const code = error instanceof ApiCallError ? error.code : undefined;
      setProblem(
        code === 'service_not_found'
          ? text.serviceGone
          : code === 'platform_feedback_unavailable'
            ? text.platformUnavailable
            : code === 'markup_not_allowed'
              ? text.markup
              : text.failed,
      );
    } finally {
      setSending(false);
    }
  }

  const lines = (Object.keys(FIELD_IDS) as Field[]).flatMap((field) =>
    errors[field] ? [{ text: errors[field]!, fieldId: FIELD_IDS[field] }] : [],
  );
  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${FIELD_IDS[field]}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      {serviceCode && (
        <p>
          <Link href={`/services/${encodeURIComponent(serviceCode)}`}>
            {serviceTitle ? serviceTitle[language] : serviceCode}
          </Link>
        </p>
      )}
      <h1>{text.formTitle}</h1>
      <p className="lead">{text.intro}</p>
      <p data-testid="feedback.about">
        {serviceCode ? text.aboutService(serviceTitle?.[language] ?? serviceCode) : text.aboutPlatform}
      </p>
      {lines.length > 0 && <ErrorSummary title={text.errorSummary} lines={lines} />}
      <form onSubmit={onSubmit} noValidate className="feedback-form" data-testid="feedback.form">
        <fieldset className={`form-group feedback-form__kinds${errors.kind ? ' field--error' : ''}`}>
          <legend className="field__label">{text.kindLegend}</legend>
          {errors.kind && (
            <p className="field__error" id={`${FIELD_IDS.kind}-error`}>
              {errors.kind}
            </p>
          )}
          {FEEDBACK_KINDS.map((k) => (
            <div className="radio" key={k}>
              <label htmlFor={`feedback-kind-${k}`}>
                <input
                  type="radio"
                  id={`feedback-kind-${k}`}
                  name="feedback-kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  aria-describedby={errors.kind ? `${FIELD_IDS.kind}-error` : undefined}
                  data-testid={`feedback.kind-${k}`}
                />{' '}
                {text.kinds[k]}
              </label>
            </div>
          ))}
        </fieldset>
        <div className={`form-group${errors.subject ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={FIELD_IDS.subject}>
            {text.subject}
          </label>
          <p className="field__hint" id="feedback-subject-hint">
            {text.subjectHint}
          </p>
          {errors.subject && (
            <p className="field__error" id={`${FIELD_IDS.subject}-error`}>
              {errors.subject}
            </p>
          )}
          <input
            id={FIELD_IDS.subject}
            className="form-control"
            value={subject}
            maxLength={FEEDBACK_LIMITS.subjectMaxChars}
            autoComplete="off"
            aria-invalid={errors.subject ? true : undefined}
            aria-describedby={describedBy('subject', 'feedback-subject-hint')}
            onChange={(e) => setSubject(e.target.value)}
            data-testid="feedback.subject"
          />
        </div>
        <div className={`form-group${errors.body ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={FIELD_IDS.body}>
            {text.body}
          </label>
          <p className="field__hint" id="feedback-body-hint">
            {text.bodyHint}
          </p>
          {errors.body && (
            <p className="field__error" id={`${FIELD_IDS.body}-error`}>
              {errors.body}
            </p>
          )}
          <textarea
            id={FIELD_IDS.body}
            className="form-control"
            rows={8}
            value={body}
            maxLength={FEEDBACK_LIMITS.bodyMaxChars}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={describedBy('body', 'feedback-body-hint')}
            onChange={(e) => setBody(e.target.value)}
            data-testid="feedback.body"
          />
        </div>
        <button type="submit" className="button" aria-disabled={sending} data-testid="feedback.send">
          {sending ? text.sending : text.send}
        </button>
        <p role="status" className={problem ? 'field__error' : undefined} data-testid="feedback.problem">
          {problem ?? ''}
        </p>
      </form>
    </>
  );
}

/** The service's title from the public catalogue, for the page's wording (the code until then). */
function useServiceTitle(serviceCode: string | undefined): LocalizedText | undefined {
  const [title, setTitle] = useState<LocalizedText | undefined>(undefined);
  useEffect(() => {
    if (!serviceCode) return;
    const controller = new AbortController();
    fetch(`/api/catalogue/services/${encodeURIComponent(serviceCode)}`, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    })
      .then(async (r) => (r.ok ? setTitle(((await r.json()) as { title: LocalizedText }).title) : undefined))
      .catch(() => undefined);
    return () => controller.abort();
  }, [serviceCode]);
  return title;
}
