import { useCallback } from 'react';
import { mapResult } from '../api/map-result.ts';
import { CaseListPage } from '../cases/CaseListPage.tsx';
import { FilterSelect } from '../cases/FilterSelect.tsx';
import { formatDateTime } from '../cases/format-date-time.ts';
import { useAgencyServices } from '../cases/use-agency-services.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { RouteLink } from '../routing/RouteLink.tsx';
import { OverdueLinks } from './OverdueLinks.tsx';
import { REQUEST_TEXTS, STATUS_NAMES } from './request-texts.ts';
import { UNIFIED_STATUSES } from './requests-api.ts';
import { useRequestsApi } from './use-requests-api.ts';

export const requestsPath = () => '/builder/requests';
export const requestPath = (reference: string) => `/builder/requests/${encodeURIComponent(reference)}`;

const NO_FILTER = { status: '', service: '', q: '' };

/**
 * `/builder/requests`: the agency's requests, filtered by status or searched by number or name,
 * with the way to each service's overdue requests.
 */
export function RequestListPage() {
  const t = useText(REQUEST_TEXTS);
  const { language } = useLanguage();
  const api = useRequestsApi();
  const services = useAgencyServices();
  const serviceOptions = services.map((s) => ({ value: s.code, label: s.title[language] }));
  const fetchRows = useCallback(
    async (f: typeof NO_FILTER) =>
      mapResult(
        await api.list({
          status: f.status || undefined,
          service: f.service || undefined,
          q: f.q.trim() || undefined,
        }),
        (data) => data.requests,
      ),
    [api],
  );

  return (
    <CaseListPage
      testId="requests"
      texts={t}
      fetchRows={fetchRows}
      initialFilter={NO_FILTER}
      statuses={UNIFIED_STATUSES.map((s) => ({ value: s, label: STATUS_NAMES[language][s] }))}
      moreFilters={(filter, set, id) => (
        <>
          {serviceOptions.length > 0 && (
            <FilterSelect
              id={`${id}-service`}
              label={t.filterService}
              anyLabel={t.anyService}
              value={filter.service}
              onChange={set('service')}
              options={serviceOptions}
            />
          )}
          <div>
            <label htmlFor={`${id}-q`}>{t.search}</label>
            <br />
            <input id={`${id}-q`} type="search" value={filter.q} onChange={(e) => set('q')(e.target.value)} />
          </div>
        </>
      )}
      columns={[
        {
          header: t.reference,
          cell: (r) => <RouteLink href={requestPath(r.reference)}>{r.reference}</RouteLink>,
        },
        { header: t.service, cell: (r) => r.serviceTitle[language] },
        { header: t.applicant, cell: (r) => r.applicantName ?? t.anonymous },
        { header: t.status, cell: (r) => STATUS_NAMES[language][r.status] },
        { header: t.updated, cell: (r) => formatDateTime(r.updatedAt, language) },
      ]}
    >
      <OverdueLinks services={services} language={language} label={t.overdue} />
    </CaseListPage>
  );
}
