import { useState } from 'react';
import type { ApiIssue } from '../../schema/api-error.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { historyPath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { useDesigner } from '../store/designer-context.tsx';
import { IssueList } from './IssueList.tsx';
import { describeIssues, type PlainIssue } from './issue-messages.ts';

const T = {
  lv: {
    publish: 'Publicēt',
    publishing: 'Pārbauda un publicē…',
    issues: 'Pirms publicēšanas jānovērš:',
    show: 'Parādīt lauku',
    done: (n: number) => `Publicēta ${n}. versija.`,
    open: 'Atvērt veidlapu, kā to redz iedzīvotāji',
    history: 'Versiju vēsture',
    unsaved: 'Vispirms jāsaglabā izmaiņas. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
    openCount: (n: number) =>
      n === 1 ? 'Pirms publicēšanas jānovērš 1 problēma' : `Pirms publicēšanas jānovērš ${n} problēmas`,
    submitted:
      'Jūsu iestādē versijas pirms publicēšanas pārbauda. Versija nosūtīta pārbaudei; to publicēs, kad pārbaudītājs to apstiprinās.',
    alreadyPending: 'Šī pakalpojuma versija jau gaida pārbaudi. Pagaidiet pārbaudītāja lēmumu.',
  },
  en: {
    publish: 'Publish',
    publishing: 'Checking and publishing…',
    issues: 'Fix these before publishing:',
    show: 'Show the field',
    done: (n: number) => `Version ${n} published.`,
    open: 'Open the form as citizens see it',
    history: 'Version history',
    unsaved: 'The changes must be saved first. Check the connection and try again.',
    openCount: (n: number) =>
      n === 1 ? '1 problem to fix before publishing' : `${n} problems to fix before publishing`,
    submitted:
      'Your agency reviews versions before publishing. The version was sent for review; it is published once a reviewer approves it.',
    alreadyPending:
      'A version of this service is already waiting for review. Wait for the reviewer’s decision.',
  },
};

/**
 * Publishing: save what is unsaved, run the server's checker (POST /check) and publish only a
 * clean draft. Problems are sentences naming the field, each with a button that selects it.
 */
export function PublishPanel(props: {
  code: string;
  /** What the server said still stands in the way of publishing, after the last save. */
  openIssues: readonly ApiIssue[];
  flush: () => Promise<boolean>;
  onShowField: (pointer: string) => void;
}) {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const definition = useDesigner((s) => s.definition);
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<PlainIssue[]>([]);
  const [message, setMessage] = useState('');
  const [note, setNote] = useState('');
  const [published, setPublished] = useState<number | null>(null);

  async function publish() {
    setBusy(true);
    setIssues([]);
    setMessage('');
    setNote('');
    setPublished(null);
    try {
      if (!(await props.flush())) return setMessage(t.unsaved);
      const check = await services.checkDraft(props.code);
      if (!check.ok) return setMessage(describeFailure(check, language));
      if (!check.data.ok) return setIssues(describeIssues(check.data.issues, definition, language));
      const result = await services.publish(props.code);
      // Issue 7: where the agency requires review, publishing means submitting for review.
      if (!result.ok && result.kind === 'http' && result.code === 'review_required') {
        const review = await services.submitForReview(props.code);
        if (review.ok) return setNote(t.submitted);
        if (review.kind === 'http' && review.code === 'review_pending') return setNote(t.alreadyPending);
        return setMessage(describeFailure(review, language));
      }
      if (result.ok) setPublished(result.data.version);
      else if (result.kind === 'http' && result.issues.length > 0)
        setIssues(describeIssues(result.issues, definition, language));
      else setMessage(describeFailure(result, language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="publish" data-testid="builder.publish">
      <button
        type="button"
        className="button button--primary"
        onClick={publish}
        aria-disabled={busy}
        data-testid="builder.publish.button"
      >
        {busy ? t.publishing : t.publish}
      </button>
      <div aria-live="polite" aria-atomic="true">
        {message ? <p className="error">{message}</p> : null}
        {note ? <p data-testid="builder.publish.review">{note}</p> : null}
        {published !== null ? (
          <p data-testid="builder.publish.done">
            {t.done(published)}{' '}
            <a
              href={`/services/${props.code}/apply`}
              target="_blank"
              rel="noreferrer"
              data-testid="builder.publish.deep-link"
            >
              {t.open}
            </a>{' '}
            <RouteLink href={historyPath(props.code)}>{t.history}</RouteLink>
          </p>
        ) : null}
      </div>
      {issues.length === 0 && props.openIssues.length > 0 ? (
        <details className="open-issues" data-testid="builder.publish.open-issues">
          <summary>{t.openCount(describeIssues(props.openIssues, definition, language).length)}</summary>
          <IssueList
            issues={describeIssues(props.openIssues, definition, language)}
            showLabel={t.show}
            onShowField={props.onShowField}
          />
        </details>
      ) : null}
      {issues.length > 0 ? (
        <div className="issues" role="alert" data-testid="builder.publish.issues">
          <p>{t.issues}</p>
          <IssueList issues={issues} showLabel={t.show} onShowField={props.onShowField} />
        </div>
      ) : null}
    </div>
  );
}
