import { useEffect, useState } from 'react';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { describeFailure } from '../api/describe-failure.ts';
import type { VersionSummary } from '../api/services-api.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { designerPath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { DiffView } from './DiffView.tsx';
import { diffDefinitions } from './diff-definitions.ts';

const T = {
  lv: {
    title: 'Versiju vēsture',
    back: 'Atpakaļ uz veidotāju',
    none: 'Pakalpojums vēl nav publicēts.',
    version: (n: number) => `${n}. versija`,
    published: 'publicēta',
    compare: (n: number) => `Izmaiņas ${n}. versijā`,
    first: 'Pirmā publicētā versija.',
    loading: 'Ielādē…',
  },
  en: {
    title: 'Version history',
    back: 'Back to the builder',
    none: 'The service has not been published yet.',
    version: (n: number) => `Version ${n}`,
    published: 'published',
    compare: (n: number) => `Changes in version ${n}`,
    first: 'The first published version.',
    loading: 'Loading…',
  },
};

/** Published versions, newest first; choosing one shows what changed from the version before it. */
export function HistoryPage({ code }: { code: string }) {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [problem, setProblem] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const [pair, setPair] = useState<{ before?: ServiceDefinition; after: ServiceDefinition } | null>(null);

  useEffect(() => {
    document.title = t.title;
    void services.versions(code).then((r) => {
      if (!r.ok)
        return r.kind === 'http' && r.status === 404
          ? setVersions([])
          : setProblem(describeFailure(r, language));
      setVersions(r.data.versions);
      setChosen(r.data.versions[0]?.version ?? null);
    });
  }, [services, code, language, t.title]);

  useEffect(() => {
    if (chosen === null) return;
    setPair(null);
    void Promise.all([
      services.version(code, chosen),
      chosen > 1 ? services.version(code, chosen - 1) : null,
    ]).then(([after, before]) => {
      if (!after.ok) return setProblem(describeFailure(after, language));
      setPair({ after: after.data.definition, before: before?.ok ? before.data.definition : undefined });
    });
  }, [services, code, chosen, language]);

  return (
    <main id="main" className="page">
      <RouteLink href={designerPath(code)}>{t.back}</RouteLink>
      <h1>{t.title}</h1>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      {versions === null ? <p>{t.loading}</p> : null}
      {versions?.length === 0 ? <p>{t.none}</p> : null}
      <div className="history">
        <ul className="history__list" data-testid="builder.history.versions">
          {versions?.map((v) => (
            <li key={v.version}>
              <button
                type="button"
                className="button button--quiet"
                aria-pressed={chosen === v.version}
                onClick={() => setChosen(v.version)}
                data-testid={`builder.history.version.${v.version}`}
              >
                {t.version(v.version)}
              </button>{' '}
              <span className="hint">
                {t.published} {new Date(v.publishedAt).toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB')}
              </span>
            </li>
          ))}
        </ul>
        {chosen !== null && pair ? (
          <section aria-live="polite">
            <h2>{t.compare(chosen)}</h2>
            {pair.before ? (
              <DiffView diff={diffDefinitions(pair.before, pair.after, language)} />
            ) : (
              <p>{t.first}</p>
            )}
          </section>
        ) : null}
      </div>
    </main>
  );
}
