import { useRef } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { RatingForm } from './RatingForm.tsx';
import { useApiJson } from './use-api-json.ts';
import './catalogue.css';

interface Figures {
  average: number;
  median: number;
  p90: number;
  max: number;
}

interface Statistics {
  requests: number;
  decided: number;
  calendarDays: Figures | null;
  workingDays: Figures | null;
  withinTarget: number | null;
  histogram: Array<{ label: string; count: number }>;
  rating: { average: number | null; count: number };
}

const T = {
  lv: {
    title: 'Cik ilgi tas patiesībā notiek',
    none: 'Vēl nav neviena izskatīta pieteikuma, tāpēc statistikas nav.',
    decided: (n: number, all: number) => `Izskatīti pieteikumi: ${n} (kopā saņemti: ${all}).`,
    note: 'Laiks no iesniegšanas līdz lēmumam; laiks, kad iestāde gaidīja jūsu atbildi, nav ieskaitīts.',
    kind: 'Rādītājs',
    calendar: 'Kalendārās dienas',
    working: 'Darba dienas',
    average: 'Vidēji',
    median: 'Mediāna (puse ātrāk)',
    p90: '9 no 10 ātrāk par',
    max: 'Ilgākais',
    within: (share: number) => `Noteiktajā termiņā izskatīti: ${Math.round(share * 100)}%.`,
    chart: 'Izskatīšanas ilgums darba dienās',
    days: (label: string) => `${label} d.`,
    count: (n: number) => `${n}`,
    rating: (average: string, n: number) => `Vērtējums: ${average} no 5 (vērtējumi: ${n}).`,
    noRating: 'Vēl neviens nav novērtējis šo pakalpojumu.',
  },
  en: {
    title: 'How long it really takes',
    none: 'No request has been decided yet, so there are no figures.',
    decided: (n: number, all: number) => `Requests decided: ${n} (received in all: ${all}).`,
    note: 'Time from submission to decision, leaving out time the agency waited for your reply.',
    kind: 'Figure',
    calendar: 'Calendar days',
    working: 'Working days',
    average: 'Average',
    median: 'Median (half were faster)',
    p90: '9 in 10 faster than',
    max: 'Longest',
    within: (share: number) => `Decided within the target time: ${Math.round(share * 100)}%.`,
    chart: 'Processing time in working days',
    days: (label: string) => `${label} days`,
    count: (n: number) => `${n}`,
    rating: (average: string, n: number) =>
      `Rating: ${average} out of 5 (${n} ${n === 1 ? 'rating' : 'ratings'}).`,
    noRating: 'Nobody has rated this service yet.',
  },
};

const number = (n: number, language: 'lv' | 'en') => n.toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB');

/** The service's real processing times (issue 7, P12): figures in a table and a bar chart. */
export function ServiceStatistics({ code }: { code: string }) {
  const { language } = useLanguage();
  const t = T[language];
  const { load, reload } = useApiJson<Statistics>(
    `/api/catalogue/services/${encodeURIComponent(code)}/statistics`,
  );
  // The last figures stay while they are read again after a rating, so the form keeps its thanks.
  const last = useRef<Statistics | null>(null);
  if (load.kind === 'ok') last.current = load.value;
  const stats = last.current;
  if (!stats) return null;
  const ratingLine = (
    <p data-testid="service-page.rating">
      {stats.rating.average === null
        ? t.noRating
        : t.rating(number(stats.rating.average, language), stats.rating.count)}
    </p>
  );
  const rows = ['average', 'median', 'p90', 'max'] as const;
  const highest = Math.max(1, ...stats.histogram.map((bucket) => bucket.count));
  return (
    <section aria-labelledby="service-statistics" data-testid="service-page.statistics">
      <h2 id="service-statistics">{t.title}</h2>
      {ratingLine}
      {stats.decided === 0 || !stats.calendarDays || !stats.workingDays ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.decided(stats.decided, stats.requests)}</p>
          <p>{t.note}</p>
          <table className="service-stats">
            <thead>
              <tr>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.calendar}</th>
                <th scope="col">{t.working}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row}>
                  <th scope="row">{t[row]}</th>
                  <td>{number(stats.calendarDays![row], language)}</td>
                  <td>{number(stats.workingDays![row], language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {stats.withinTarget !== null ? (
            <p data-testid="service-page.within-target">{t.within(stats.withinTarget)}</p>
          ) : null}
          <h3>{t.chart}</h3>
          <ul className="service-chart" aria-label={t.chart}>
            {stats.histogram.map((bucket) => (
              <li key={bucket.label} className="service-chart__row">
                <span className="service-chart__label">{t.days(bucket.label)}</span>
                <span
                  className="service-chart__bar"
                  style={{ width: `${(bucket.count / highest) * 100}%` }}
                  aria-hidden="true"
                />
                <span className="service-chart__count">{t.count(bucket.count)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <RatingForm code={code} onRated={reload} />
    </section>
  );
}
