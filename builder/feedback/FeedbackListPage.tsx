import { useCallback } from 'react';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '../../schema/feedback/feedback-model.ts';
import { mapResult } from '../api/map-result.ts';
import { CaseListPage } from '../cases/CaseListPage.tsx';
import { FilterSelect } from '../cases/FilterSelect.tsx';
import { formatDateTime } from '../cases/format-date-time.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useFeedbackApi } from './FeedbackScreen.tsx';
import { FEEDBACK_KIND_NAMES, FEEDBACK_STATUS_NAMES, FEEDBACK_TEXTS } from './feedback-texts.ts';

export const feedbackListPath = () => '/builder/feedback';
export const feedbackCasePath = (reference: string) => `/builder/feedback/${encodeURIComponent(reference)}`;

const NO_FILTER = { status: '', kind: '' };

/** `/builder/feedback`: the agency's feedback, filtered by status and kind, most recent change first. */
export function FeedbackListPage() {
  const t = useText(FEEDBACK_TEXTS);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const fetchRows = useCallback(
    async (f: typeof NO_FILTER) =>
      mapResult(
        await api.list({ status: f.status || undefined, kind: f.kind || undefined }),
        (data) => data.feedback,
      ),
    [api],
  );

  return (
    <CaseListPage
      testId="feedback"
      texts={t}
      fetchRows={fetchRows}
      initialFilter={NO_FILTER}
      statuses={FEEDBACK_STATUSES.map((s) => ({ value: s, label: FEEDBACK_STATUS_NAMES[language][s] }))}
      moreFilters={(filter, set, id) => (
        <FilterSelect
          id={`${id}-kind`}
          label={t.filterKind}
          anyLabel={t.anyKind}
          value={filter.kind}
          onChange={set('kind')}
          options={FEEDBACK_KINDS.map((k) => ({ value: k, label: FEEDBACK_KIND_NAMES[language][k] }))}
        />
      )}
      columns={[
        {
          header: t.reference,
          cell: (f) => <RouteLink href={feedbackCasePath(f.reference)}>{f.reference}</RouteLink>,
        },
        { header: t.kind, cell: (f) => FEEDBACK_KIND_NAMES[language][f.kind] },
        { header: t.subject, cell: (f) => f.subject },
        { header: t.about, cell: (f) => (f.serviceTitle ? f.serviceTitle[language] : t.platform) },
        { header: t.status, cell: (f) => FEEDBACK_STATUS_NAMES[language][f.status] },
        { header: t.updated, cell: (f) => formatDateTime(f.updatedAt, language) },
      ]}
    />
  );
}
