import { type FormEvent, useCallback, useId, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { MyCaseGate } from './MyCaseGate.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useAnswerSender } from './use-answer-sender.ts';
import { useMyCase } from './use-my-case.ts';
import {
  type AttachmentInput,
  type DocumentView,
  fetchMyRequest,
  fileToBase64,
  type RequestDetail,
  sendAnswer,
  withdrawRequest,
} from './workplace-api.ts';
import { formatDate, formatSize, workplaceStrings } from './workplace-strings.ts';
import './workplace.css';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** `/my/requests/{reference}`: status, timeline, documents, messages, and the answer form. */
export function RequestPage({ reference }: { reference: string }) {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const fetchCase = useCallback(() => fetchMyRequest(reference), [reference]);
  const { current, reload, replace } = useMyCase(fetchCase);
  useDocumentTitle(current.state === 'ready' ? current.item.serviceTitle[language] : text.title);

  return (
    <MyCaseGate
      current={current}
      returnTo={`/my/requests/${encodeURIComponent(reference)}`}
      back={
        <p>
          <Link href="/my">{text.back}</Link>
        </p>
      }
      texts={text}
    >
      {(request) => <RequestView request={request} reload={reload} replace={replace} />}
    </MyCaseGate>
  );
}

/** The request itself, once it is here. */
function RequestView(props: {
  request: RequestDetail;
  reload: () => void;
  replace: (request: RequestDetail) => void;
}) {
  const { request, reload, replace } = props;
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const pick = (m: { lv?: string; en?: string; text?: string } | null) =>
    m ? (m[language] ?? m.text ?? m.lv ?? m.en ?? '') : '';
  const question = [...request.messages].reverse().find((m) => m.asksForInformation);
  return (
    <>
      <h1>{request.serviceTitle[language]}</h1>
      <p>
        {text.reference}: <strong data-testid="workplace.reference">{request.reference}</strong>
      </p>
      <StatusBadge status={request.status} text={request.statusText[language]} />
      {request.status === 'awaiting_applicant' && <p className="notice">{text.waitingForYou}</p>}

      <h2>{text.timeline}</h2>
      <CaseTimeline
        testId="workplace.timeline"
        language={language}
        entries={request.history.map((e) => ({
          sequence: e.sequence,
          status: e.text[language],
          at: e.at,
          details: (
            <>
              {e.message && (
                <p className="timeline__message">
                  {text.agencyMessage}: {pick(e.message)}
                </p>
              )}
              {e.document && <DocumentLink doc={e.document} />}
            </>
          ),
        }))}
      />

      {request.documents.length > 0 && (
        <>
          <h2>{text.documents}</h2>
          <ul className="link-list" data-testid="workplace.documents">
            {request.documents.map((d) => (
              <li key={d.id}>
                <DocumentLink doc={d} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{text.messages}</h2>
      {request.messages.length === 0 ? (
        <p>{text.noMessages}</p>
      ) : (
        <ul className="conversation" data-testid="workplace.messages">
          {request.messages.map((m) => (
            <li key={m.id} className={`conversation__message conversation__message--${m.direction}`}>
              <p className="conversation__meta">
                <strong>{m.direction === 'to_applicant' ? text.fromAgency : text.fromYou}</strong>
                {m.asksForInformation ? ` – ${text.question}` : ''}
                {', '}
                <time dateTime={m.createdAt}>{formatDate(m.createdAt, language)}</time>
              </p>
              <p className="conversation__body">{m.body}</p>
              {m.attachments.map((a) => (
                <p key={a.id}>
                  <DocumentLink doc={a} />
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {!request.final && (
        <AnswerForm reference={request.reference} inReplyTo={question?.id} onSent={reload} />
      )}
      {!request.final && <WithdrawControl reference={request.reference} onDone={replace} />}
    </>
  );
}

function DocumentLink({ doc }: { doc: DocumentView }) {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const name = doc.fileName ?? doc.title;
  if (doc.kind === 'link') {
    return (
      <a href={doc.url} rel="noopener noreferrer" target="_blank">
        {text.openLink(doc.title)}
      </a>
    );
  }
  return (
    <a href={doc.url} download={name} data-testid="workplace.document">
      {text.download(doc.title)} ({name}, {formatSize(doc.sizeBytes, language)})
    </a>
  );
}

function AnswerForm({
  reference,
  inReplyTo,
  onSent,
}: {
  reference: string;
  inReplyTo?: string;
  onSent: () => void;
}) {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const id = useId();
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { signedIn, state, send, refuse } = useAnswerSender({ sent: text.sent, failed: text.sendFailed });
  if (!signedIn) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (state.kind === 'sending') return;
    if (!body.trim()) return refuse(text.emptyAnswer);
    if (file && file.size > MAX_FILE_BYTES) return refuse(text.fileTooLarge);
    const sent = await send(async (csrf, key) => {
      const attachments: AttachmentInput[] = file
        ? [
            {
              title: file.name,
              fileName: file.name,
              mediaType: file.type || 'application/octet-stream',
              contentBase64: await fileToBase64(file),
            },
          ]
        : [];
      await sendAnswer(reference, { body, ...(inReplyTo ? { inReplyTo } : {}), attachments }, csrf, key);
    });
    if (!sent) return;
    setBody('');
    setFile(null);
    onSent();
  }

  const errorId = `${id}-error`;
  return (
    <form onSubmit={onSubmit} noValidate className="answer-form" data-testid="workplace.answer-form">
      <h2>{text.answerTitle}</h2>
      <div className={`form-group${state.kind === 'error' ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={`${id}-body`}>
          {text.answerLabel}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {text.answerHint}
        </p>
        <textarea
          id={`${id}-body`}
          className="form-control"
          rows={5}
          maxLength={5000}
          value={body}
          aria-describedby={state.kind === 'error' ? `${id}-hint ${errorId}` : `${id}-hint`}
          onChange={(e) => setBody(e.target.value)}
          data-testid="workplace.answer"
        />
      </div>
      <div className="form-group">
        <label className="field__label" htmlFor={`${id}-file`}>
          {text.attachLabel}
        </label>
        <input id={`${id}-file`} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <button
        type="submit"
        className="button"
        aria-disabled={state.kind === 'sending'}
        data-testid="workplace.send"
      >
        {state.kind === 'sending' ? text.sending : text.send}
      </button>
      <p id={errorId} role="status" className={state.kind === 'error' ? 'field__error' : undefined}>
        {state.message ?? ''}
      </p>
    </form>
  );
}

function WithdrawControl({ reference, onDone }: { reference: string; onDone: (r: RequestDetail) => void }) {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const { read } = useSession();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!read?.session.authenticated) return null;
  const csrf = read.session.csrfToken;
  if (!asking) {
    return (
      <p className="withdraw">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setAsking(true)}
          data-testid="workplace.withdraw"
        >
          {text.withdraw}
        </button>
      </p>
    );
  }
  return (
    <fieldset className="notice withdraw">
      <legend>{text.withdrawConfirm}</legend>
      <p className="form-actions">
        <button
          type="button"
          className="button button--warning"
          data-testid="workplace.withdraw-confirm"
          onClick={() =>
            withdrawRequest(reference, csrf)
              .then(onDone)
              .catch(() => setFailed(true))
          }
        >
          {text.withdrawYes}
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {text.withdrawNo}
        </button>
      </p>
      {failed && <p role="alert">{text.withdrawFailed}</p>}
    </fieldset>
  );
}
