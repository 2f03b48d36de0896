import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { checkPlainText, FEEDBACK_LIMITS } from '../../schema/feedback/feedback-model.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { signInHref } from '../session/session-api.ts';
import { StatusBadge } from '../workplace/StatusBadge.tsx';
import { ApiCallError } from '../workplace/workplace-api.ts';
import { formatDate, workplaceStrings } from '../workplace/workplace-strings.ts';
import { type FeedbackDetail, fetchMyFeedback, sendFeedbackReply } from './feedback-api.ts';
import { feedbackStrings } from './feedback-strings.ts';
import './feedback.css';

/** `/my/feedback/{reference}`: what the person wrote, its status, the agency's answers, a reply. */
export function FeedbackPage({ reference }: { reference: string }) {
  const { language } = useLanguage();
  const text = feedbackStrings(language);
  const words = workplaceStrings(language);
  const { read } = useSession();
  const [item, setItem] = useState<FeedbackDetail | 'not-found' | 'error' | undefined>(undefined);
  const signedIn = read?.session.authenticated === true;
  useDocumentTitle(typeof item === 'object' ? item.subject : text.listTitle);

  const load = useCallback(() => {
    fetchMyFeedback(reference)
      .then(setItem)
      .catch((e) => setItem(e instanceof ApiCallError && e.status === 404 ? 'not-found' : 'error'));
  }, [reference]);
  useEffect(() => {
    if (signedIn) load();
  }, [signedIn, load]);

  if (!read) return <p className="loading">{words.loading}</p>;
  if (!signedIn) {
    return (
      <>
        <h1>{words.signInTitle}</h1>
        <p>
          <a className="button" href={signInHref(`/my/feedback/${encodeURIComponent(reference)}`)}>
            {words.signIn}
          </a>
        </p>
      </>
    );
  }
  const back = (
    <p>
      <Link href="/my">{text.backToMy}</Link>
    </p>
  );
  if (item === undefined) return <p className="loading">{words.loading}</p>;
  if (item === 'not-found' || item === 'error') {
    return (
      <>
        {back}
        <h1>{item === 'not-found' ? text.notFoundTitle : words.loadFailed}</h1>
        {item === 'not-found' && <p>{text.notFoundBody}</p>}
      </>
    );
  }
  return (
    <>
      {back}
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
      <ol className="timeline" data-testid="feedback.timeline">
        {item.history.map((e) => (
          <li key={e.sequence} className="timeline__item">
            <p className="timeline__status">{e.statusText[language]}</p>
            <p className="timeline__time">
              <time dateTime={e.at}>{formatDate(e.at, language)}</time>
            </p>
            {e.message && (
              <div className="timeline__message" data-testid={`feedback.message-${e.from}`}>
                <p>
                  <strong>{e.from === 'author' ? text.fromYou : text.fromAgency}:</strong>
                </p>
                <p className="feedback-text">{e.message}</p>
              </div>
            )}
          </li>
        ))}
      </ol>
      {item.status === 'awaiting_applicant' && <ReplyForm reference={item.reference} onSent={load} />}
    </>
  );
}

function ReplyForm({ reference, onSent }: { reference: string; onSent: () => void }) {
  const { language } = useLanguage();
  const text = feedbackStrings(language);
  const { read } = useSession();
  const [body, setBody] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const [key, setKey] = useState(() => crypto.randomUUID());
  if (!read?.session.authenticated) return null;
  const csrf = read.session.csrfToken;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (state.kind === 'sending') return;
    const checked = checkPlainText(body, FEEDBACK_LIMITS.messageMaxChars);
    if (!checked.ok) {
      const message =
        checked.problem === 'too_long'
          ? text.tooLong(FEEDBACK_LIMITS.messageMaxChars)
          : checked.problem === 'markup_not_allowed'
            ? text.markup
            : text.required;
      return setState({ kind: 'error', message });
    }
    setState({ kind: 'sending' });
    try {
      await sendFeedbackReply(reference, checked.text, csrf, key);
      setBody('');
      setKey(crypto.randomUUID());
      setState({ kind: 'sent', message: text.replySent });
      onSent();
    } catch {
      setState({ kind: 'error', message: text.failed });
    }
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
