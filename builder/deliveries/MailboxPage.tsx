import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { createApiClient } from '../api/api-client.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { createMailboxApi, type MailboxMessage } from './deliveries-api.ts';

const T = {
  lv: {
    title: 'E-adreses pastkastīte (simulators)',
    intro: (address: string) =>
      `Šī ir izmēģinājuma vide: oficiālās e-adreses vietā platforma dokumentus liek šajā simulētajā pastkastītē. Jūsu iestādes adrese: ${address}.`,
    loading: 'Ielādē…',
    none: 'Pastkastīte ir tukša.',
    outgoing: 'Saņemts no platformas',
    incoming: 'Jūsu atbilde',
    from: 'Sūtītājs',
    to: 'Saņēmējs',
    reference: 'Sūtītāja numurs',
    date: 'Dokumenta datums',
    files: 'Pielikumi',
    receipt: 'Piegādes apliecinājums',
    noReceipt: 'Vēl nav',
    answer: 'Atbildēt',
    answerTitle: 'Atbildes nosaukums',
    answerText: 'Atbildes teksts',
    send: 'Nosūtīt atbildi',
    sent: 'Atbilde nosūtīta. Platforma to nodos iedzīvotājam.',
  },
  en: {
    title: 'E-address mailbox (simulator)',
    intro: (address: string) =>
      `This is a test set-up: instead of the official e-address, the platform puts documents in this simulated mailbox. Your agency's address: ${address}.`,
    loading: 'Loading…',
    none: 'The mailbox is empty.',
    outgoing: 'Received from the platform',
    incoming: 'Your answer',
    from: 'From',
    to: 'To',
    reference: "Sender's reference",
    date: 'Document date',
    files: 'Attachments',
    receipt: 'Delivery receipt',
    noReceipt: 'Not yet',
    answer: 'Answer',
    answerTitle: 'Title of the answer',
    answerText: 'Text of the answer',
    send: 'Send the answer',
    sent: 'Answer sent. The platform passes it on to the applicant.',
  },
};

/**
 * `/builder/e-address` (issue 6): the agency's mailbox in the embedded e-address SIMULATOR, so
 * staff can see what the e-address channel delivered (with digests and receipts) and answer a
 * document as they would from the real e-address. Uses the public simulator API.
 */
export function MailboxPage() {
  const t = useText(T);
  const { language } = useLanguage();
  const { session } = useBuilder();
  const token = session.state === 'signed-in' ? session.csrfToken : undefined;
  const api = useMemo(() => createMailboxApi(createApiClient({ csrfToken: () => token })), [token]);
  const [box, setBox] = useState<{ address: string; messages: MailboxMessage[] } | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    const result = await api.list();
    if (result.ok) setBox(result.data);
    else setProblem(describeFailure(result, language));
  }, [api, language]);

  useEffect(() => {
    document.title = t.title;
    void load();
  }, [load, t.title]);

  const date = (iso: string) =>
    new Intl.DateTimeFormat(language === 'lv' ? 'lv-LV' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));

  return (
    <main id="main" className="page" data-testid="mailbox.page">
      <h1>{t.title}</h1>
      {box && <p>{t.intro(box.address)}</p>}
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {!box && !problem && <p>{t.loading}</p>}
      {box && box.messages.length === 0 && <p>{t.none}</p>}
      {box && box.messages.length > 0 && (
        <ol className="mailbox" data-testid="mailbox.list">
          {[...box.messages].reverse().map((m) => (
            <li key={m.id} className="mailbox__message" data-testid="mailbox.message">
              <h2>{m.title}</h2>
              <p>
                <strong>{m.direction === 'outgoing' ? t.outgoing : t.incoming}</strong>
              </p>
              <dl className="mailbox__facts">
                <dt>{t.from}</dt>
                <dd>{m.sender}</dd>
                <dt>{t.to}</dt>
                <dd>{m.recipient}</dd>
                <dt>{t.reference}</dt>
                <dd>{m.senderReference}</dd>
                <dt>{t.date}</dt>
                <dd>{date(m.documentDate)}</dd>
                <dt>{t.receipt}</dt>
                <dd>{m.receiptAt ? date(m.receiptAt) : t.noReceipt}</dd>
              </dl>
              {m.attachments.length > 0 && (
                <>
                  <h3>{t.files}</h3>
                  <ul>
                    {m.attachments.map((a) => (
                      <li key={a.sha512}>
                        {a.name} ({Math.max(1, Math.round(a.size / 1024))} KB) — SHA-512{' '}
                        <code className="mailbox__digest">{a.sha512.slice(0, 16)}…</code>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {m.direction === 'outgoing' && <AnswerForm id={m.id} api={api} onSent={load} />}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

function AnswerForm({
  id,
  api,
  onSent,
}: {
  id: string;
  api: ReturnType<typeof createMailboxApi>;
  onSent: () => Promise<void>;
}) {
  const t = useText(T);
  const { language } = useLanguage();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await api.reply(id, { title, text });
    if (!result.ok) {
      setStatus(describeFailure(result, language));
      return;
    }
    setStatus(t.sent);
    setTitle('');
    setText('');
    await onSent();
  }

  return (
    <details>
      <summary>{t.answer}</summary>
      <form onSubmit={onSubmit}>
        <label htmlFor={`title-${id}`}>{t.answerTitle}</label>
        <input id={`title-${id}`} required value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={`text-${id}`}>{t.answerText}</label>
        <textarea
          id={`text-${id}`}
          required
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button">
          {t.send}
        </button>
        <p aria-live="polite">{status}</p>
      </form>
    </details>
  );
}
