import { useEffect, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { reviewPath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import type { ReviewSummary } from './review-types.ts';

const T = {
  lv: {
    title: 'Pārbaude pirms publicēšanas',
    intro: 'Versijas, ko veidotāji iesnieguši pārbaudei. Publicēta tiek tikai apstiprināta versija.',
    none: 'Pārbaudi gaida: nav neviena versijas.',
    waiting: 'Gaida pārbaudi',
    decided: 'Izlemtās',
    submitted: 'iesniegta',
    yours: '(jūsu iesniegta)',
    state: { pending: 'gaida', returned: 'atgriezta', approved: 'apstiprināta' },
    loading: 'Ielādē…',
  },
  en: {
    title: 'Review before publishing',
    intro: 'Versions designers submitted for review. Only an approved version is published.',
    none: 'No versions are waiting for review.',
    waiting: 'Waiting for review',
    decided: 'Decided',
    submitted: 'submitted',
    yours: '(submitted by you)',
    state: { pending: 'waiting', returned: 'returned', approved: 'approved' },
    loading: 'Loading…',
  },
};

/** The reviewer's list (issue 7): what waits for review, then what was decided. */
export function ReviewListPage() {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const [reviews, setReviews] = useState<ReviewSummary[] | null>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    document.title = t.title;
    void services
      .reviews()
      .then((r) => (r.ok ? setReviews(r.data.reviews) : setProblem(describeFailure(r, language))));
  }, [services, language, t.title]);

  const when = (iso: string) =>
    new Date(iso).toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const item = (review: ReviewSummary) => (
    <li key={review.id} data-testid="builder.reviews.item">
      <RouteLink href={reviewPath(review.id)}>{review.title[language]}</RouteLink> ({review.serviceCode}) —{' '}
      {review.state === 'pending' ? `${t.submitted} ${when(review.submittedAt)}` : t.state[review.state]}{' '}
      {review.yours ? t.yours : null}
    </li>
  );
  const pending = reviews?.filter((r) => r.state === 'pending') ?? [];
  const decided = reviews?.filter((r) => r.state !== 'pending') ?? [];
  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {problem ? <p role="alert">{problem}</p> : null}
      {reviews === null && !problem ? <p>{t.loading}</p> : null}
      {reviews !== null ? (
        <>
          <h2>{t.waiting}</h2>
          {pending.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul data-testid="builder.reviews.pending">{pending.map(item)}</ul>
          )}
          {decided.length > 0 ? (
            <>
              <h2>{t.decided}</h2>
              <ul>{decided.map(item)}</ul>
            </>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
