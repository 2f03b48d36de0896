import { useEffect, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { DiffView } from '../publish/DiffView.tsx';
import { diffDefinitions } from '../publish/diff-definitions.ts';
import { reviewsPath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { FormAccessibilityCheck } from './FormAccessibilityCheck.tsx';
import type { Review } from './review-types.ts';

const T = {
  lv: {
    back: 'Atpakaļ uz pārbaudāmajām versijām',
    loading: 'Ielādē…',
    changes: 'Izmaiņas salīdzinājumā ar publicēto versiju',
    firstVersion: 'Pakalpojums vēl nav publicēts: šī būs pirmā versija.',
    registerChanged: 'Mainīts pakalpojuma apraksts katalogā.',
    decision: 'Lēmums',
    comment: 'Komentārs veidotājam',
    commentHint: 'Atgriežot versiju, aprakstiet, kas jālabo.',
    approve: 'Apstiprināt un publicēt',
    return: 'Atgriezt labošanai',
    needComment: 'Ierakstiet komentāru: veidotājam jāzina, kas jālabo.',
    yours: 'Šo versiju iesniedzāt jūs. To pārbaudīs un apstiprinās cits darbinieks.',
    state: {
      pending: 'Gaida pārbaudi.',
      returned: 'Atgriezta labošanai.',
      approved: 'Apstiprināta un publicēta.',
    },
    published: (n: number) => `Publicēta kā ${n}. versija.`,
    open: 'Atvērt veidlapu',
    reviewerComment: 'Pārbaudītāja komentārs:',
  },
  en: {
    back: 'Back to versions for review',
    loading: 'Loading…',
    changes: 'Changes from the published version',
    firstVersion: 'The service is not published yet: this will be its first version.',
    registerChanged: 'The catalogue description of the service changed.',
    decision: 'Decision',
    comment: 'Comment for the designer',
    commentHint: 'When returning a version, say what needs fixing.',
    approve: 'Approve and publish',
    return: 'Return for changes',
    needComment: 'Write a comment: the designer needs to know what to fix.',
    yours: 'You submitted this version. Someone else will review and approve it.',
    state: {
      pending: 'Waiting for review.',
      returned: 'Returned for changes.',
      approved: 'Approved and published.',
    },
    published: (n: number) => `Published as version ${n}.`,
    open: 'Open the form',
    reviewerComment: 'Reviewer’s comment:',
  },
};

/**
 * One version submitted for review (issue 7): what changed against the live version, and the
 * reviewer's decision with a comment. Approving publishes exactly what was submitted.
 */
export function ReviewPage({ id }: { id: string }) {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const [review, setReview] = useState<Review | null>(null);
  const [problem, setProblem] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void services
      .review(id)
      .then((r) => (r.ok ? setReview(r.data) : setProblem(describeFailure(r, language))));
  }, [services, id, language]);
  useEffect(() => {
    if (review) document.title = review.title[language];
  }, [review, language]);

  async function decide(kind: 'approve' | 'return') {
    if (kind === 'return' && comment.trim() === '') return setProblem(t.needComment);
    setBusy(true);
    setProblem('');
    try {
      const result =
        kind === 'approve'
          ? await services.approveReview(id, comment.trim())
          : await services.returnReview(id, comment.trim());
      if (result.ok) setReview(result.data);
      else setProblem(describeFailure(result, language));
    } finally {
      setBusy(false);
    }
  }

  const registerChanged =
    review?.live && JSON.stringify(review.live.register) !== JSON.stringify(review.definition.register);
  return (
    <main id="main" className="page" data-testid="builder.review">
      <p>
        <RouteLink href={reviewsPath()}>{t.back}</RouteLink>
      </p>
      {!review && !problem ? <p>{t.loading}</p> : null}
      {review ? (
        <>
          <h1>{review.title[language]}</h1>
          <p data-testid="builder.review.state">
            {t.state[review.state]}{' '}
            {review.publishedVersion !== null ? t.published(review.publishedVersion) : null}
          </p>
          {review.state === 'approved' ? (
            <p>
              <a href={`/services/${review.serviceCode}/apply`} target="_blank" rel="noreferrer">
                {t.open}
              </a>
            </p>
          ) : null}
          {review.comment ? (
            <p data-testid="builder.review.comment">
              {t.reviewerComment} {review.comment}
            </p>
          ) : null}
          <h2>{t.changes}</h2>
          {review.live ? (
            <>
              <DiffView diff={diffDefinitions(review.live, review.definition, language)} />
              {registerChanged ? <p>{t.registerChanged}</p> : null}
            </>
          ) : (
            <p>{t.firstVersion}</p>
          )}
          <FormAccessibilityCheck form={review.definition.form} />
          {review.state === 'pending' ? (
            <section aria-labelledby="review-decision">
              <h2 id="review-decision">{t.decision}</h2>
              {review.yours ? (
                <p data-testid="builder.review.yours">{t.yours}</p>
              ) : (
                <>
                  <label htmlFor="review-comment">{t.comment}</label>
                  <p id="review-comment-hint" className="hint">
                    {t.commentHint}
                  </p>
                  <textarea
                    id="review-comment"
                    aria-describedby="review-comment-hint"
                    rows={4}
                    maxLength={2000}
                    value={comment}
                    onChange={(event) => setComment(event.target.value)}
                    data-testid="builder.review.comment-input"
                  />
                  <p className="review-actions">
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => decide('approve')}
                      aria-disabled={busy}
                      data-testid="builder.review.approve"
                    >
                      {t.approve}
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      onClick={() => decide('return')}
                      aria-disabled={busy}
                      data-testid="builder.review.return"
                    >
                      {t.return}
                    </button>
                  </p>
                </>
              )}
            </section>
          ) : null}
        </>
      ) : null}
      <div aria-live="polite">{problem ? <p role="alert">{problem}</p> : null}</div>
    </main>
  );
}
