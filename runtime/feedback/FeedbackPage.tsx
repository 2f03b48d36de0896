import { type FormEvent, useCallback, useState } from 'react';
import { checkPlainText, FEEDBACK_LIMITS } from '../../schema/feedback/feedback-model.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { CaseTimeline } from '../workplace/CaseTimeline.tsx';
import { MyCaseGate } from '../workplace/MyCaseGate.tsx';
import { StatusBadge } from '../workplace/StatusBadge.tsx';
import { useAnswerSender } from '../workplace/use-answer-sender.ts';
import { useMyCase } from '../workplace/use-my-case.ts';
import { formatDate, workplaceStrings } from '../workplace/workplace-strings.ts';
import { fetchMyFeedback, sendFeedbackReply } from './feedback-api.ts';
import { feedbackStrings } from './feedback-strings.ts';
import './feedback.css';

/** `/my/feedback/{reference}`: what the person wrote, its status, the agency's answers, a reply. */
export function FeedbackPage({ reference }: { reference: string }) {
  const { language } = useLanguage();
  const text = feedbackStrings(language);
  const words = workplaceStrings(language);
  const fetchCase = useCallback(() => fetchMyFeedback(reference), [reference]);
  const { current, reload } = useMyCase(fetchCase);
  useDocumentTitle(current.state === 'ready' ? current.item.subject : text.listTitle);

  return (
    <MyCaseGate
      current={current}
      returnTo={`/my/feedback/${encodeURIComponent(reference)}`}
      back={
        <p>
          <Link href="/my">{text.backToMy}</Link>
        </p>
      }
      texts={{ ...words, notFoundTitle: text.notFoundTitle, notFoundBody: text.notFoundBody }}
    >
      {(item) => (
        <>
          <h1>
            {text.kindNames[item.kind]}: {item.subject}
          </h1>
          <dl className="request-card__facts">
            <div>
              <dt>{words.reference}</dt>
              <dd data-testid="feedback.reference">{item.reference}</dd>
            </div>
            <div>
              <dt>{text.about}</dt>
              <dd>{item.serviceTitle ? item.serviceTitle[language] : text.platform}</dd>
            </div>
            <div>
              <dt>{words.submitted}</dt>
              <dd>{formatDate(item.submittedAt, language)}</dd>
            </div>
          </dl>
          <StatusBadge status={item.status} text={item.statusText[language]} />
          {item.status === 'awaiting_applicant' && <p className="notice">{text.waitingForYou}</p>}

          <h2>{text.whatYouWrote}</h2>
          <p className="feedback-text">{item.body}</p>

          <h2>{text.timeline}</h2>
          <CaseTimeline
            testId="feedback.timeline"
            language={language}
            entries={item.history.map((e) => ({
              sequence: e.sequence,
              status: e.statusText[language],
              at: e.at,
              details: e.message && (
                <div className="timeline__message" data-testid={`feedback.message-${e.from}`}>
                  <p>
                    <strong>{e.from === 'author' ? text.fromYou : text.fromAgency}:</strong>
                  </p>
                  <p className="feedback-text">{e.message}</p>
                </div>
              ),
            }))}
          />
          {item.status === 'awaiting_applicant' && <ReplyForm reference={item.reference} onSent={reload} />}
        </>
      )}
    </MyCaseGate>
  );
}

function ReplyForm({ reference, onSent }: { reference: string; onSent: () => void }) {
  const { language } = useLanguage();
  const text = feedbackStrings(language);
  const [body, setBody] = useState('');
  const { signedIn, state, send, refuse } = useAnswerSender({ sent: text.replySent, failed: text.failed });
  if (!signedIn) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (state.kind === 'sending') return;
    const checked = checkPlainText(body, FEEDBACK_LIMITS.messageMaxChars);
    if (!checked.ok) {
      return refuse(
        checked.problem === 'too_long'
          ? text.tooLong(FEEDBACK_LIMITS.messageMaxChars)
          : checked.problem === 'markup_not_allowed'
            ? text.markup
            : text.required,
      );
    }
    const sent = await send((csrf, key) => sendFeedbackReply(reference, checked.text, csrf, key));
    if (!sent) return;
    setBody('');
    onSent();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="answer-form" data-testid="feedback.reply-form">
      <h2>{text.replyTitle}</h2>
      <div className={`form-group${state.kind === 'error' ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor="feedback-reply">
          {text.replyLabel}
        </label>
        <textarea
          id="feedback-reply"
          className="form-control"
          rows={5}
          maxLength={FEEDBACK_LIMITS.messageMaxChars}
          value={body}
          aria-describedby="feedback-reply-status"
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <button type="submit" className="button" aria-disabled={state.kind === 'sending'}>
        {text.replySend}
      </button>
      <p
        id="feedback-reply-status"
        role="status"
        className={state.kind === 'error' ? 'field__error' : undefined}
      >
        {state.message ?? ''}
      </p>
    </form>
  );
}
