import { useEffect, useState } from 'react';
import { MyFeedbackList } from '../feedback/MyFeedbackList.tsx';
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
  const all = Array.isArray(requests) ? requests : [];
  const own = all.filter((r) => !r.onBehalfOf);
  const current = own.filter((r) => !r.final);
  const past = own.filter((r) => r.final);
  const parties = groupByParty(all);
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
      {parties.map(({ key, kind, code, requests: forParty }) => (
        <RequestList
          key={key}
          heading={kind === 'company' ? text.forCompany(code) : text.forPerson(code)}
          requests={forParty}
          testId="workplace.party"
        />
      ))}
      <MyFeedbackList />
      <NotificationSettings />
    </>
  );
}

/**
 * Requests made on someone else's behalf (issue 5), one group per represented company or
 * grantor, in the order their newest request came.
 */
function groupByParty(requests: readonly RequestSummary[]) {
  const groups = new Map<
    string,
    { key: string; kind: 'company' | 'person'; code: string; requests: RequestSummary[] }
  >();
  for (const r of requests) {
    if (!r.onBehalfOf) continue;
    const key = `${r.onBehalfOf.kind}:${r.onBehalfOf.code}`;
    const group = groups.get(key) ?? { key, ...r.onBehalfOf, requests: [] };
    group.requests.push(r);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function RequestList({
  heading,
  requests,
  testId,
}: {
  heading: string;
  requests: RequestSummary[];
  testId?: string;
}) {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const headingId = `workplace-${heading.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{heading}</h2>
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
