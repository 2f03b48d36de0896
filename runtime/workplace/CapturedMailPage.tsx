import { useEffect, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { signInHref } from '../session/session-api.ts';
import { formatDate, workplaceStrings } from './workplace-strings.ts';
import './workplace.css';

interface Captured {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string | null;
  text: string;
  createdAt: string;
}

/** `/dev/mail`: what the capturing e-mail and SMS simulators kept (GET /api/dev/captured-messages). */
export function CapturedMailPage() {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  useDocumentTitle(text.mailTitle);
  const [messages, setMessages] = useState<Captured[] | 'off' | 'signed-out' | undefined>(undefined);
  useEffect(() => {
    fetch('/api/dev/captured-messages?limit=100', {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    })
      .then(async (r) =>
        r.ok
          ? setMessages(((await r.json()) as { messages: Captured[] }).messages)
          : setMessages(r.status === 401 ? 'signed-out' : 'off'),
      )
      .catch(() => setMessages('off'));
  }, []);
  return (
    <>
      <h1>{text.mailTitle}</h1>
      <p>{text.mailIntro}</p>
      {messages === undefined && <p className="loading">{text.loading}</p>}
      {messages === 'off' && <p>{text.mailUnavailable}</p>}
      {messages === 'signed-out' && (
        <p>
          {text.mailSignIn}{' '}
          <a className="button" href={signInHref('/dev/mail')}>
            {text.signIn}
          </a>
        </p>
      )}
      {Array.isArray(messages) && messages.length === 0 && <p>{text.mailNone}</p>}
      {Array.isArray(messages) && (
        <ul className="captured-list" data-testid="dev-mail.list">
          {messages.map((m) => (
            <li key={m.id} className="request-card">
              <h2 className="request-card__title">{m.subject ?? 'SMS'}</h2>
              <p>
                {text.mailTo}: {m.to} ·{' '}
                <time dateTime={m.createdAt}>{formatDate(m.createdAt, language)}</time>
              </p>
              <pre className="captured-list__text">{m.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
