import { type FormEvent, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useLocation } from '../routing/use-location.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { CSRF_HEADER } from '../session/session-api.ts';

const T = {
  lv: {
    title: 'Novērtējiet pakalpojumu',
    intro:
      'Ja jūsu pieteikums ir izskatīts, pastāstiet, kā jums veicās. Katru pieteikumu var novērtēt vienu reizi.',
    reference: 'Pieteikuma numurs',
    referenceHint: 'Piemēram, EF-7K3M-9QXP-2HDT',
    score: 'Vērtējums',
    scores: ['1 – ļoti slikti', '2 – slikti', '3 – viduvēji', '4 – labi', '5 – ļoti labi'],
    comment: 'Komentārs (nav obligāts)',
    submit: 'Nosūtīt vērtējumu',
    thanks: 'Paldies! Jūsu vērtējums saņemts.',
    notAllowed: 'Novērtēt var tikai savu pieteikumu, kad tas ir izskatīts.',
    already: 'Šis pieteikums jau ir novērtēts.',
    chooseScore: 'Izvēlieties vērtējumu.',
    failed: 'Neizdevās nosūtīt. Mēģiniet vēlreiz.',
  },
  en: {
    title: 'Rate the service',
    intro: 'Once your request has been decided, tell us how it went. Each request can be rated once.',
    reference: 'Request number',
    referenceHint: 'For example EF-7K3M-9QXP-2HDT',
    score: 'Rating',
    scores: ['1 – very poor', '2 – poor', '3 – fair', '4 – good', '5 – very good'],
    comment: 'Comment (optional)',
    submit: 'Send the rating',
    thanks: 'Thank you! Your rating has been received.',
    notAllowed: 'You can rate only your own request, once it has been decided.',
    already: 'This request has already been rated.',
    chooseScore: 'Choose a rating.',
    failed: 'It could not be sent. Please try again.',
  },
};

/** The applicant rates the service once their request is completed (issue 7, P13). Signed-in only. */
export function RatingForm({ code, onRated }: { code: string; onRated: () => void }) {
  const { language } = useLanguage();
  const t = T[language];
  const { read } = useSession();
  const { search } = useLocation();
  const [reference, setReference] = useState(() => new URLSearchParams(search).get('rate') ?? '');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const session = read?.session;
  if (!session?.authenticated) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (score === 0) return setOutcome({ ok: false, text: t.chooseScore });
    const response = await fetch(`/api/catalogue/services/${encodeURIComponent(code)}/ratings`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [CSRF_HEADER]: session?.authenticated ? session.csrfToken : '',
      },
      body: JSON.stringify({
        reference: reference.trim(),
        score,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      }),
    }).catch(() => undefined);
    if (response?.status === 201) {
      setOutcome({ ok: true, text: t.thanks });
      onRated();
      return;
    }
    const code_ = (
      (await response?.json().catch(() => undefined)) as { error?: { code?: string } } | undefined
    )?.error?.code;
    setOutcome({
      ok: false,
      text: code_ === 'already_rated' ? t.already : code_ === 'rating_not_allowed' ? t.notAllowed : t.failed,
    });
  }

  return (
    <section aria-labelledby="service-rate" data-testid="service-page.rate">
      <h3 id="service-rate">{t.title}</h3>
      <p>{t.intro}</p>
      <form onSubmit={submit} className="catalogue-search">
        <div>
          <label htmlFor="rate-reference" className="catalogue-label">
            {t.reference}
          </label>
          <p id="rate-reference-hint" className="catalogue-hint">
            {t.referenceHint}
          </p>
          <input
            id="rate-reference"
            className="catalogue-input"
            aria-describedby="rate-reference-hint"
            value={reference}
            maxLength={40}
            autoComplete="off"
            onChange={(event) => setReference(event.target.value)}
          />
        </div>
        <fieldset className="catalogue-filter">
          <legend className="catalogue-label">{t.score}</legend>
          {t.scores.map((label, index) => (
            <label key={label} className="catalogue-radio">
              <input
                type="radio"
                name="rating-score"
                value={index + 1}
                checked={score === index + 1}
                onChange={() => setScore(index + 1)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="rate-comment" className="catalogue-label">
            {t.comment}
          </label>
          <textarea
            id="rate-comment"
            className="catalogue-input"
            rows={3}
            maxLength={1000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t.submit}
        </button>
        <div aria-live="polite">
          {outcome ? (
            <p role={outcome.ok ? undefined : 'alert'} data-testid="service-page.rate-outcome">
              {outcome.text}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
