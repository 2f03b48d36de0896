import { type FormEvent, useCallback, useId, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import { CaseHistory } from '../cases/CaseHistory.tsx';
import { CasePageFrame } from '../cases/CasePageFrame.tsx';
import { FormNote, type Note } from '../cases/FormNote.tsx';
import { formatDateTime } from '../cases/format-date-time.ts';
import { StatusChangeForm, type StatusChangeOutcome } from '../cases/StatusChangeForm.tsx';
import { useCaseRecord } from '../cases/use-case-record.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { requestsPath } from './RequestListPage.tsx';
import { REQUEST_TEXTS, STATUS_NAMES } from './request-texts.ts';
import { answerLines, type DocumentView, type RequestDetail, readFileBase64 } from './requests-api.ts';
import { useRequestsApi } from './use-requests-api.ts';

/** `/builder/requests/{reference}`: one request: answers, history, messages, status and writing. */
export function RequestCasePage({ reference }: { reference: string }) {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const fetchOne = useCallback(() => api.get(reference), [api, reference]);
  const { item: request, problem, load } = useCaseRecord(fetchOne, t.notFound);
  const pick = (m: { lv?: string; en?: string; text?: string } | null) =>
    m ? (m[language] ?? m.text ?? m.lv ?? m.en ?? '') : '';

  return (
    <CasePageFrame
      documentTitle={`${reference} – ${t.title}`}
      back={{ href: requestsPath(), label: t.back }}
      problem={problem}
      loaded={request !== null}
      loading={t.loading}
    >
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
              <RequestStatusForm request={request} onDone={load} />
              <MessageForm reference={request.reference} onDone={load} />
            </section>
            <section>
              <h2>{t.history}</h2>
              <CaseHistory
                testId="request.history"
                entries={request.history.map((e) => ({
                  sequence: e.sequence,
                  status: STATUS_NAMES[language][e.status],
                  code: e.code !== e.status ? e.code : null,
                  at: e.at,
                  details: (
                    <>
                      {e.message && <p>{pick(e.message)}</p>}
                      {e.document && (
                        <p>
                          <DocLink doc={e.document} />
                        </p>
                      )}
                    </>
                  ),
                }))}
              />
              <h2>{t.messages}</h2>
              {request.messages.length === 0 ? (
                <p>{t.noMessages}</p>
              ) : (
                <ul data-testid="request.messages">
                  {request.messages.map((m) => (
                    <li key={m.id}>
                      <strong>{m.direction === 'to_applicant' ? t.fromAgency : t.fromApplicant}</strong>
                      {m.asksForInformation ? ` ${t.asked}` : ''} – {formatDateTime(m.createdAt, language)}
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
    </CasePageFrame>
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

/** The service's own status codes (its mapping), a message and a result document. */
function RequestStatusForm({ request, onDone }: { request: RequestDetail; onDone: () => Promise<void> }) {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const id = useId();
  const [message, setMessage] = useState('');
  const [file, setFile] = useState<File | null>(null);

  async function send(change: { status: string; reopen: boolean }): Promise<StatusChangeOutcome> {
    const document = file
      ? {
          title: file.name,
          fileName: file.name,
          mediaType: file.type || 'application/octet-stream',
          contentBase64: await readFileBase64(file),
        }
      : undefined;
    const result = await api.setStatus(request.reference, {
      code: change.status,
      ...(message.trim() ? { message: { text: message.trim() } } : {}),
      ...(document ? { document } : {}),
      ...(change.reopen ? { reopen: true } : {}),
    });
    if (result.ok) {
      setMessage('');
      setFile(null);
      return { saved: true, note: { error: false, text: t.statusSaved } };
    }
    const text =
      result.kind === 'http' && result.code === 'request_closed'
        ? t.closed
        : result.kind === 'http' && result.code === 'out_of_order'
          ? t.outOfOrder
          : describeFailure(result, language);
    return { saved: false, note: { error: true, text } };
  }

  return (
    <StatusChangeForm
      testId="request.status-form"
      texts={{
        title: t.setStatus,
        newStatus: t.newStatus,
        choose: t.choose,
        needStatus: t.needStatus,
        reopen: t.reopen,
        submit: t.saveStatus,
      }}
      options={request.allowedCodes.map((c) => ({ value: c.code, label: c.text[language] }))}
      selectTestId="request.code"
      final={request.final}
      submitTestId="request.save-status"
      send={send}
      onSaved={onDone}
    >
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
    </StatusChangeForm>
  );
}

function MessageForm({ reference, onDone }: { reference: string; onDone: () => Promise<void> }) {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const id = useId();
  const [body, setBody] = useState('');
  const [asks, setAsks] = useState(false);
  const [note, setNote] = useState<Note | null>(null);

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
      <FormNote note={note} />
    </form>
  );
}
