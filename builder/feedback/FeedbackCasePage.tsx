import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import {
  checkPlainText,
  FEEDBACK_AGENCY_STATUSES,
  FEEDBACK_LIMITS,
  FEEDBACK_STATUSES_NEEDING_MESSAGE,
  type FeedbackAgencyStatus,
} from '../../schema/feedback/feedback-model.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { RouteLink } from '../routing/RouteLink.tsx';
import { feedbackListPath } from './FeedbackListPage.tsx';
import { useFeedbackApi } from './FeedbackScreen.tsx';
import type { FeedbackCase } from './feedback-api.ts';
import { FEEDBACK_KIND_NAMES, FEEDBACK_STATUS_NAMES, FEEDBACK_TEXTS } from './feedback-texts.ts';

/** `/builder/feedback/{reference}`: what the person wrote, the history, and the answer form. */
export function FeedbackCasePage({ reference }: { reference: string }) {
  const t = useText(FEEDBACK_TEXTS);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const [item, setItem] = useState<FeedbackCase | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    const result = await api.get(reference);
    if (result.ok) {
      setItem(result.data);
      setProblem('');
    } else
      setProblem(
        result.kind === 'http' && result.status === 404 ? t.notFound : describeFailure(result, language),
      );
  }, [api, reference, language, t.notFound]);

  useEffect(() => {
    document.title = `${reference} – ${t.title}`;
    void load();
  }, [load, reference, t.title]);

  const date = (iso: string) =>
    new Intl.DateTimeFormat(language === 'lv' ? 'lv-LV' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));

  return (
    <main id="main" className="page">
      <p>
        <RouteLink href={feedbackListPath()}>{t.back}</RouteLink>
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {!item && !problem && <p>{t.loading}</p>}
      {item && (
        <>
          <h1>
            {FEEDBACK_KIND_NAMES[language][item.kind]}: {item.subject} – {item.reference}
          </h1>
          <p>
            {t.status}:{' '}
            <strong data-testid="feedback.status">{FEEDBACK_STATUS_NAMES[language][item.status]}</strong>
          </p>
          <p>
            {t.about}: {item.serviceTitle ? item.serviceTitle[language] : t.platform}
          </p>
          <p>
            {t.author}: {item.author.name} ({t.personalCode} {item.author.personalCode})
            {item.onBehalfOf ? `; ${t.onBehalfOf}: ${item.onBehalfOf.code}` : ''}
          </p>
          <div className="two-columns">
            <section>
              <h2>{t.text}</h2>
              <p className="plain-text" data-testid="feedback.body">
                {item.body}
              </p>
              <AnswerForm item={item} onDone={load} />
            </section>
            <section>
              <h2>{t.history}</h2>
              <ol data-testid="feedback.history">
                {item.history.map((e) => (
                  <li key={e.sequence}>
                    <strong>{FEEDBACK_STATUS_NAMES[language][e.status]}</strong> – {date(e.at)}
                    {e.message && (
                      <p className="plain-text">
                        {e.from === 'author' ? t.fromPerson : t.fromAgency}: {e.message}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </>
      )}
    </main>
  );
}

function AnswerForm({ item, onDone }: { item: FeedbackCase; onDone: () => Promise<void> }) {
  const t = useText(FEEDBACK_TEXTS);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const id = useId();
  const [status, setStatus] = useState<FeedbackAgencyStatus | ''>('');
  const [message, setMessage] = useState('');
  const [reopen, setReopen] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!status) return setNote({ error: true, text: t.chooseStatus });
    const checked = message.trim() ? checkPlainText(message, FEEDBACK_LIMITS.messageMaxChars) : null;
    if (checked && !checked.ok) return setNote({ error: true, text: t.markup });
    if (!checked && FEEDBACK_STATUSES_NEEDING_MESSAGE.includes(status)) {
      return setNote({ error: true, text: t.needAnswer });
    }
    const result = await api.answer(item.reference, {
      status,
      ...(checked?.ok ? { message: checked.text } : {}),
      ...(reopen ? { reopen: true } : {}),
    });
    if (result.ok) {
      setNote({ error: false, text: t.saved });
      setStatus('');
      setMessage('');
      setReopen(false);
      await onDone();
    } else if (result.kind === 'http' && result.code === 'feedback_closed') {
      setNote({ error: true, text: t.closed });
    } else if (result.kind === 'http' && result.code === 'message_required') {
      setNote({ error: true, text: t.needAnswer });
    } else setNote({ error: true, text: describeFailure(result, language) });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="feedback.answer-form">
      <h2>{t.answerTitle}</h2>
      <p>
        <label htmlFor={`${id}-status`}>{t.newStatus}</label>
        <br />
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as FeedbackAgencyStatus | '')}
          data-testid="feedback.new-status"
        >
          <option value="">{t.choose}</option>
          {FEEDBACK_AGENCY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {FEEDBACK_STATUS_NAMES[language][s]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${id}-message`}>{t.answer}</label>
        <br />
        <span id={`${id}-hint`}>{t.answerHint}</span>
        <br />
        <textarea
          id={`${id}-message`}
          rows={6}
          maxLength={FEEDBACK_LIMITS.messageMaxChars}
          value={message}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setMessage(e.target.value)}
          data-testid="feedback.answer"
        />
      </p>
      {item.final && (
        <p>
          <label>
            <input type="checkbox" checked={reopen} onChange={(e) => setReopen(e.target.checked)} />{' '}
            {t.reopen}
          </label>
        </p>
      )}
      <button type="submit" className="button button--primary" data-testid="feedback.save">
        {t.save}
      </button>
      <p role="status" className={note?.error ? 'error' : undefined} data-testid="feedback.note">
        {note?.text ?? ''}
      </p>
    </form>
  );
}
