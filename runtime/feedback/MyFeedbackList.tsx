import { useEffect, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { Link } from '../routing/Link.tsx';
import { StatusBadge } from '../workplace/StatusBadge.tsx';
import { formatDate, workplaceStrings } from '../workplace/workplace-strings.ts';
import { type FeedbackSummary, fetchMyFeedbackList } from './feedback-api.ts';
import { feedbackFormPath, feedbackStrings } from './feedback-strings.ts';

/**
 * In the workplace (`/my`): the person's feedback, complaints and questions with their status
 * (issue 7), newest first, each linking to its answers. Shown only when there is some; the way to
 * give feedback is always offered.
 */
export function MyFeedbackList() {
  const { language } = useLanguage();
  const text = feedbackStrings(language);
  const words = workplaceStrings(language);
  const [items, setItems] = useState<FeedbackSummary[] | 'error' | undefined>(undefined);

  useEffect(() => {
    fetchMyFeedbackList()
      .then((r) => setItems(r.feedback))
      .catch(() => setItems('error'));
  }, []);

  return (
    <section aria-labelledby="workplace-feedback" data-testid="workplace.feedback">
      <h2 id="workplace-feedback">{text.listTitle}</h2>
      {items === 'error' && (
        <p className="notice notice--error" role="alert">
          {words.loadFailed}
        </p>
      )}
      {Array.isArray(items) && items.length > 0 && (
        <ul className="request-list">
          {items.map((f) => (
            <li key={f.reference} className="request-card" data-testid="workplace.feedback-item">
              <h3 className="request-card__title">
                <Link href={`/my/feedback/${encodeURIComponent(f.reference)}`}>
                  {text.kindNames[f.kind]}: {f.subject}
                </Link>
              </h3>
              <StatusBadge status={f.status} text={f.statusText[language]} />
              <dl className="request-card__facts">
                <div>
                  <dt>{text.about}</dt>
                  <dd>{f.serviceTitle ? f.serviceTitle[language] : text.platform}</dd>
                </div>
                <div>
                  <dt>{words.reference}</dt>
                  <dd>{f.reference}</dd>
                </div>
                <div>
                  <dt>{words.updated}</dt>
                  <dd>{formatDate(f.updatedAt, language)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={feedbackFormPath()}>{text.entry}</Link>
      </p>
    </section>
  );
}
