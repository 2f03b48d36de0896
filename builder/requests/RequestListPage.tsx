import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { REQUEST_TEXTS, STATUS_NAMES } from './request-texts.ts';
import { type RequestSummary, UNIFIED_STATUSES } from './requests-api.ts';
import { useRequestsApi } from './use-requests-api.ts';

export const requestsPath = () => '/builder/requests';
export const requestPath = (reference: string) => `/builder/requests/${encodeURIComponent(reference)}`;

/** `/builder/requests`: the agency's requests, filtered by status or searched by number or name. */
export function RequestListPage() {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const id = useId();
  const { services } = useBuilder();
  const [serviceOptions, setServiceOptions] = useState<Array<{ code: string; title: string }>>([]);
  const [service, setService] = useState('');
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const [list, setList] = useState<RequestSummary[] | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(
    async (filter: { status: string; service: string; q: string }) => {
      setProblem('');
      const result = await api.list({
        status: filter.status || undefined,
        service: filter.service || undefined,
        q: filter.q.trim() || undefined,
      });
      if (result.ok) setList(result.data.requests);
      else setProblem(describeFailure(result, language));
    },
    [api, language],
  );

  useEffect(() => {
    document.title = t.title;
    void load({ status: '', service: '', q: '' });
  }, [load, t.title]);

  // The service filter lists the agency's services when the person may read them.
  useEffect(() => {
    void services.list().then((result) => {
      if (result.ok) {
        setServiceOptions(result.data.services.map((s) => ({ code: s.code, title: s.title[language] })));
      }
    });
  }, [services, language]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void load({ status, service, q });
  }

  const date = (iso: string) =>
    new Intl.DateTimeFormat(language === 'lv' ? 'lv-LV' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form className="row-actions" onSubmit={onSubmit} data-testid="requests.filter">
        <div>
          <label htmlFor={`${id}-status`}>{t.filterStatus}</label>
          <br />
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t.anyStatus}</option>
            {UNIFIED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_NAMES[language][s]}
              </option>
            ))}
          </select>
        </div>
        {serviceOptions.length > 0 && (
          <div>
            <label htmlFor={`${id}-service`}>{t.filterService}</label>
            <br />
            <select id={`${id}-service`} value={service} onChange={(e) => setService(e.target.value)}>
              <option value="">{t.anyService}</option>
              {serviceOptions.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor={`${id}-q`}>{t.search}</label>
          <br />
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div>
          <br />
          <button type="submit" className="button">
            {t.apply}
          </button>
        </div>
      </form>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {list === null && !problem && <p>{t.loading}</p>}
      {list !== null && list.length === 0 && <p>{t.none}</p>}
      {list !== null && list.length > 0 && (
        <table className="service-table" data-testid="requests.table">
          <thead>
            <tr>
              <th scope="col">{t.reference}</th>
              <th scope="col">{t.service}</th>
              <th scope="col">{t.applicant}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.updated}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.reference} data-testid="requests.row">
                <td>
                  <RouteLink href={requestPath(r.reference)}>{r.reference}</RouteLink>
                </td>
                <td>{r.serviceTitle[language]}</td>
                <td>{r.applicantName ?? t.anonymous}</td>
                <td>{STATUS_NAMES[language][r.status]}</td>
                <td>{date(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
