import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { RouteLink } from '../routing/RouteLink.tsx';
import { requestsPath } from './RequestListPage.tsx';
import { REQUEST_TEXTS, STATUS_NAMES } from './request-texts.ts';
import { answerLines, type DocumentView, type RequestDetail, readFileBase64 } from './requests-api.ts';
import { useRequestsApi } from './use-requests-api.ts';

/** `/builder/requests/{reference}`: one request: answers, history, messages, status and writing. */
export function RequestCasePage({ reference }: { reference: string }) {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const [request, setRequest] = useState<RequestDetail | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    const result = await api.get(reference);
    if (result.ok) {
      setRequest(result.data);
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
  const pick = (m: { lv?: string; en?: string; text?: string } | null) =>
    m ? (m[language] ?? m.text ?? m.lv ?? m.en ?? '') : '';

  return (
    <main id="main" className="page">
      <p>
        <RouteLink href={requestsPath()}>{t.back}</RouteLink>
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {!request && !problem && <p>{t.loading}</p>}
      {request && (
        <>
          <h1>
            {request.serviceTitle[language]} – {request.reference}
          </h1>
          <p>
            {t.status}: <strong data-testid="request.status">{STATUS_NAMES[language][request.status]}</strong>
          </p>
          <p>
            {t.applicant}: {request.applicantName ?? t.anonymous}
            {request.applicantPersonalCode ? ` (${t.personalCode} ${request.applicantPersonalCode})` : ''}
          </p>
          <div className="two-columns">
            <section>
              <StatusForm request={request} onDone={load} />
              <MessageForm reference={request.reference} onDone={load} />
            </section>
            <section>
              <h2>{t.history}</h2>
              <ol data-testid="request.history">
                {request.history.map((e) => (
                  <li key={e.sequence}>
                    <strong>{STATUS_NAMES[language][e.status]}</strong>
                    {e.code && e.code !== e.status ? ` (${e.code})` : ''} – {date(e.at)}
                    {e.message && <p>{pick(e.message)}</p>}
                    {e.document && (
                      <p>
                        <DocLink doc={e.document} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
              <h2>{t.messages}</h2>
              {request.messages.length === 0 ? (
                <p>{t.noMessages}</p>
              ) : (
                <ul data-testid="request.messages">
                  {request.messages.map((m) => (
                    <li key={m.id}>
                      <strong>{m.direction === 'to_applicant' ? t.fromAgency : t.fromApplicant}</strong>
                      {m.asksForInformation ? ` ${t.asked}` : ''} – {date(m.createdAt)}
                      <p style={{ whiteSpace: 'pre-wrap' }}>{m.body}</p>
                      {m.attachments.map((a) => (
                        <p key={a.id}>
                          <DocLink doc={a} />
                        </p>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
              <h2>{t.answers}</h2>
              <dl data-testid="request.answers">
                {answerLines(request.data).map(([question, answer]) => (
                  <div key={question}>
                    <dt>{question}</dt>
                    <dd>{answer}</dd>
                  </div>
                ))}
              </dl>
            </section>
          </div>
        </>
      )}
    </main>
  );
}

function DocLink({ doc }: { doc: DocumentView }) {
  return doc.kind === 'link' ? (
    <a href={doc.url} rel="noopener noreferrer" target="_blank">
      {doc.title}
    </a>
  ) : (
    <a href={doc.url} download={doc.fileName ?? doc.title}>
      {doc.title} ({doc.fileName})
    </a>
  );
}

function StatusForm({ request, onDone }: { request: RequestDetail; onDone: () => Promise<void> }) {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const id = useId();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [reopen, setReopen] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!code) return setNote({ error: true, text: t.needStatus });
    const document = file
      ? {
          title: file.name,
          fileName: file.name,
          mediaType: file.type || 'application/octet-stream',
          contentBase64: await readFileBase64(file),
        }
      : undefined;
    const result = await api.setStatus(request.reference, {
      code,
      ...(message.trim() ? { message: { text: message.trim() } } : {}),
      ...(document ? { document } : {}),
      ...(reopen ? { reopen: true } : {}),
    });
    if (result.ok) {
      setNote({ error: false, text: t.statusSaved });
      setCode('');
      setMessage('');
      setFile(null);
      setReopen(false);
      await onDone();
    } else if (result.kind === 'http' && result.code === 'request_closed')
      setNote({ error: true, text: t.closed });
    else if (result.kind === 'http' && result.code === 'out_of_order')
      setNote({ error: true, text: t.outOfOrder });
    else setNote({ error: true, text: describeFailure(result, language) });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="request.status-form">
      <h2>{t.setStatus}</h2>
      <p>
        <label htmlFor={`${id}-code`}>{t.newStatus}</label>
        <br />
        <select
          id={`${id}-code`}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="request.code"
        >
          <option value="">{t.choose}</option>
          {request.allowedCodes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.text[language]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${id}-message`}>{t.statusMessage}</label>
        <br />
        <textarea
          id={`${id}-message`}
          rows={3}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </p>
      <p>
        <label htmlFor={`${id}-file`}>{t.resultDocument}</label>
        <br />
        <input id={`${id}-file`} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </p>
      {request.final && (
        <p>
          <label>
            <input type="checkbox" checked={reopen} onChange={(e) => setReopen(e.target.checked)} />{' '}
            {t.reopen}
          </label>
        </p>
      )}
      <button type="submit" className="button button--primary" data-testid="request.save-status">
        {t.saveStatus}
      </button>
      <p role="status" className={note?.error ? 'error' : undefined}>
        {note?.text ?? ''}
      </p>
    </form>
  );
}

function MessageForm({ reference, onDone }: { reference: string; onDone: () => Promise<void> }) {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const id = useId();
  const [body, setBody] = useState('');
  const [asks, setAsks] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setNote({ error: true, text: t.needText });
    const result = await api.write(reference, { body: body.trim(), asksForInformation: asks });
    if (result.ok) {
      setNote({ error: false, text: t.sent });
      setBody('');
      setAsks(false);
      await onDone();
    } else setNote({ error: true, text: describeFailure(result, language) });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="request.message-form">
      <h2>{t.write}</h2>
      <p>
        <label htmlFor={`${id}-body`}>{t.messageText}</label>
        <br />
        <textarea
          id={`${id}-body`}
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          data-testid="request.message"
        />
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={asks}
            onChange={(e) => setAsks(e.target.checked)}
            data-testid="request.asks"
          />{' '}
          {t.asks}
        </label>
      </p>
      <button type="submit" className="button" data-testid="request.send">
        {t.send}
      </button>
      <p role="status" className={note?.error ? 'error' : undefined}>
        {note?.text ?? ''}
      </p>
    </form>
  );
}
