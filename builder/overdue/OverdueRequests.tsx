import { parseIsoDuration } from '../../schema/iso-duration.ts';
import type { Language } from '../../schema/service-definition.ts';
import { formatDateTime } from '../cases/format-date-time.ts';
import { requestPath } from '../requests/RequestListPage.tsx';
import { STATUS_NAMES } from '../requests/request-texts.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { describeTarget } from './describe-target.ts';
import type { OverdueList } from './overdue-api.ts';
import { OVERDUE_TEXTS } from './overdue-texts.ts';

/**
 * How far past the target a request is, in whole days (the API gives one decimal); under a day
 * says so rather than "0 days".
 */
export function overdueBy(days: number, language: Language): string {
  const t = OVERDUE_TEXTS[language];
  return days < 1 ? t.lessThanADay : t.days(Math.floor(days));
}

/**
 * A service's overdue requests as a case worker reads them: the target, then one entry per
 * request (its number, linking to its case page; when it came; by how much it is overdue; its
 * status), the longest overdue first. A list rather than a table, so it reads at 320 px.
 */
export function OverdueRequests({ list, language }: { list: OverdueList; language: Language }) {
  const t = OVERDUE_TEXTS[language];
  // The API answers an empty list when the target is not a duration: say why, not "nothing".
  const hasTarget = parseIsoDuration(list.targetProcessingTime) !== null;
  return (
    <>
      {hasTarget && (
        <p data-testid="overdue.target">{t.target(describeTarget(list.targetProcessingTime, language))}</p>
      )}
      <p>{t.intro}</p>
      {list.requests.length === 0 ? (
        <p className="notice" data-testid="overdue.none">
          {hasTarget ? t.none : t.noTarget}
        </p>
      ) : (
        <ol className="case-cards" data-testid="overdue.list">
          {list.requests.map((r) => (
            <li key={r.reference} data-testid="overdue.row">
              <RouteLink href={requestPath(r.reference)}>{r.reference}</RouteLink>
              <dl>
                <div>
                  <dt>{t.submitted}</dt>
                  <dd>{formatDateTime(r.submittedAt, language)}</dd>
                </div>
                <div>
                  <dt>{t.over}</dt>
                  <dd data-testid="overdue.by">{overdueBy(r.overdueDays, language)}</dd>
                </div>
                <div>
                  <dt>{t.status}</dt>
                  <dd>{STATUS_NAMES[language][r.status]}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {list.total > list.requests.length && <p>{t.shown(list.requests.length, list.total)}</p>}
    </>
  );
}
