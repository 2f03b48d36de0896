import { useCallback, useId, useState } from 'react';
import {
  checkPlainText,
  FEEDBACK_AGENCY_STATUSES,
  FEEDBACK_LIMITS,
  FEEDBACK_STATUSES_NEEDING_MESSAGE,
  type FeedbackAgencyStatus,
} from '../../schema/feedback/feedback-model.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { CaseHistory } from '../cases/CaseHistory.tsx';
import { CasePageFrame } from '../cases/CasePageFrame.tsx';
import { StatusChangeForm, type StatusChangeOutcome } from '../cases/StatusChangeForm.tsx';
import { useCaseRecord } from '../cases/use-case-record.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { feedbackListPath } from './FeedbackListPage.tsx';
import { useFeedbackApi } from './FeedbackScreen.tsx';
import type { FeedbackCase } from './feedback-api.ts';
import { FEEDBACK_KIND_NAMES, FEEDBACK_STATUS_NAMES, FEEDBACK_TEXTS } from './feedback-texts.ts';

/** `/builder/feedback/{reference}`: what the person wrote, the history, and the answer form. */
export function FeedbackCasePage({ reference }: { reference: string }) {
  const t = useText(FEEDBACK_TEXTS);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const fetchOne = useCallback(() => api.get(reference), [api, reference]);
  const { item, problem, load } = useCaseRecord(fetchOne, t.notFound);

  return (
    <CasePageFrame
      documentTitle={`${reference} – ${t.title}`}
      back={{ href: feedbackListPath(), label: t.back }}
      problem={problem}
      loaded={item !== null}
      loading={t.loading}
    >
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
              <CaseHistory
                testId="feedback.history"
                entries={item.history.map((e) => ({
                  sequence: e.sequence,
                  status: FEEDBACK_STATUS_NAMES[language][e.status],
                  at: e.at,
                  details: e.message && (
                    <p className="plain-text">
                      {e.from === 'author' ? t.fromPerson : t.fromAgency}: {e.message}
                    </p>
                  ),
                }))}
              />
            </section>
          </div>
        </>
      )}
    </CasePageFrame>
  );
}

/** One of the statuses the agency may set, with the answer or question to the person. */
function AnswerForm({ item, onDone }: { item: FeedbackCase; onDone: () => Promise<void> }) {
  const t = useText(FEEDBACK_TEXTS);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const id = useId();
  const [message, setMessage] = useState('');
  const refused = (text: string): StatusChangeOutcome => ({ saved: false, note: { error: true, text } });

  async function send(change: { status: string; reopen: boolean }): Promise<StatusChangeOutcome> {
    // The choice offers FEEDBACK_AGENCY_STATUSES only.
    const status = change.status as FeedbackAgencyStatus;
    const checked = message.trim() ? checkPlainText(message, FEEDBACK_LIMITS.messageMaxChars) : null;
    if (checked && !checked.ok) return refused(t.markup);
    if (!checked && FEEDBACK_STATUSES_NEEDING_MESSAGE.includes(status)) return refused(t.needAnswer);
    const result = await api.answer(item.reference, {
      status,
      ...(checked?.ok ? { message: checked.text } : {}),
      ...(change.reopen ? { reopen: true } : {}),
    });
    if (result.ok) {
      setMessage('');
      return { saved: true, note: { error: false, text: t.saved } };
    }
    if (result.kind === 'http' && result.code === 'feedback_closed') return refused(t.closed);
    if (result.kind === 'http' && result.code === 'message_required') return refused(t.needAnswer);
    return refused(describeFailure(result, language));
  }

  return (
    <StatusChangeForm
      testId="feedback.answer-form"
      texts={{
        title: t.answerTitle,
        newStatus: t.newStatus,
        choose: t.choose,
        needStatus: t.chooseStatus,
        reopen: t.reopen,
        submit: t.save,
      }}
      options={FEEDBACK_AGENCY_STATUSES.map((s) => ({ value: s, label: FEEDBACK_STATUS_NAMES[language][s] }))}
      selectTestId="feedback.new-status"
      final={item.final}
      submitTestId="feedback.save"
      noteTestId="feedback.note"
      send={send}
      onSaved={onDone}
    >
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
    </StatusChangeForm>
  );
}
