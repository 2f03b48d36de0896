import { useEffect, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { signInHref } from '../session/session-api.ts';
import { NotificationSettings } from './NotificationSettings.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { fetchMyRequests, type RequestSummary } from './workplace-api.ts';
import { formatDate, workplaceStrings } from './workplace-strings.ts';
import './workplace.css';

/** `/my`: the signed-in person's current and past requests, and how to tell them about changes. */
export function MyRequestsPage() {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const { read } = useSession();
  const [requests, setRequests] = useState<RequestSummary[] | 'error' | undefined>(undefined);
  useDocumentTitle(text.title);
  const signedIn = read?.session.authenticated === true;

  useEffect(() => {
    if (!signedIn) return;
    fetchMyRequests()
      .then((r) => setRequests(r.requests))
      .catch(() => setRequests('error'));
  }, [signedIn]);

  if (!read) return <p className="loading">{text.loading}</p>;
  if (!signedIn) {
    return (
      <>
        <h1>{text.signInTitle}</h1>
        <p>{text.signInBody}</p>
        <p>
          <a className="button" href={signInHref('/my')} data-testid="workplace.sign-in">
            {text.signIn}
          </a>
        </p>
      </>
    );
  }
  const current = Array.isArray(requests) ? requests.filter((r) => !r.final) : [];
  const past = Array.isArray(requests) ? requests.filter((r) => r.final) : [];
  return (
    <>
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {requests === undefined && <p className="loading">{text.loading}</p>}
      {requests === 'error' && (
        <p className="notice notice--error" role="alert">
          {text.loadFailed}
        </p>
      )}
      {Array.isArray(requests) && requests.length === 0 && <p>{text.none}</p>}
      {current.length > 0 && <RequestList heading={text.current} requests={current} />}
      {past.length > 0 && <RequestList heading={text.past} requests={past} />}
      <NotificationSettings />
    </>
  );
}

function RequestList({ heading, requests }: { heading: string; requests: RequestSummary[] }) {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  return (
    <section aria-labelledby={`workplace-${heading}`}>
      <h2 id={`workplace-${heading}`}>{heading}</h2>
      <ul className="request-list" data-testid="workplace.request-list">
        {requests.map((r) => (
          <li key={r.reference} className="request-card" data-testid="workplace.request">
            <h3 className="request-card__title">
              <Link href={`/my/requests/${encodeURIComponent(r.reference)}`}>{r.serviceTitle[language]}</Link>
            </h3>
            <StatusBadge status={r.status} text={r.statusText[language]} />
            <dl className="request-card__facts">
              <div>
                <dt>{text.reference}</dt>
                <dd>{r.reference}</dd>
              </div>
              <div>
                <dt>{text.submitted}</dt>
                <dd>{formatDate(r.submittedAt, language)}</dd>
              </div>
              <div>
                <dt>{text.updated}</dt>
                <dd>{formatDate(r.updatedAt, language)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
