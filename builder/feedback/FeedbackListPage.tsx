import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '../../schema/feedback/feedback-model.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useFeedbackApi } from './FeedbackScreen.tsx';
import type { FeedbackSummary } from './feedback-api.ts';
import { FEEDBACK_KIND_NAMES, FEEDBACK_STATUS_NAMES, FEEDBACK_TEXTS } from './feedback-texts.ts';

export const feedbackListPath = () => '/builder/feedback';
export const feedbackCasePath = (reference: string) => `/builder/feedback/${encodeURIComponent(reference)}`;

/** `/builder/feedback`: the agency's feedback, filtered by status and kind, most recent change first. */
export function FeedbackListPage() {
  const t = useText(FEEDBACK_TEXTS);
  const { language } = useLanguage();
  const api = useFeedbackApi();
  const id = useId();
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [list, setList] = useState<FeedbackSummary[] | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(
    async (filter: { status: string; kind: string }) => {
      setProblem('');
      const result = await api.list({ status: filter.status || undefined, kind: filter.kind || undefined });
      if (result.ok) setList(result.data.feedback);
      else setProblem(describeFailure(result, language));
    },
    [api, language],
  );

  useEffect(() => {
    document.title = t.title;
    void load({ status: '', kind: '' });
  }, [load, t.title]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void load({ status, kind });
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
      <form className="row-actions" onSubmit={onSubmit} data-testid="feedback.filter">
        <div>
          <label htmlFor={`${id}-status`}>{t.filterStatus}</label>
          <br />
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t.anyStatus}</option>
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {FEEDBACK_STATUS_NAMES[language][s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-kind`}>{t.filterKind}</label>
          <br />
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t.anyKind}</option>
            {FEEDBACK_KINDS.map((k) => (
              <option key={k} value={k}>
                {FEEDBACK_KIND_NAMES[language][k]}
              </option>
            ))}
          </select>
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
        <table className="service-table" data-testid="feedback.table">
          <thead>
            <tr>
              <th scope="col">{t.reference}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.subject}</th>
              <th scope="col">{t.about}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.updated}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((f) => (
              <tr key={f.reference} data-testid="feedback.row">
                <td>
                  <RouteLink href={feedbackCasePath(f.reference)}>{f.reference}</RouteLink>
                </td>
                <td>{FEEDBACK_KIND_NAMES[language][f.kind]}</td>
                <td>{f.subject}</td>
                <td>{f.serviceTitle ? f.serviceTitle[language] : t.platform}</td>
                <td>{FEEDBACK_STATUS_NAMES[language][f.status]}</td>
                <td>{date(f.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
