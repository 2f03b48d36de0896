import { useEffect, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import type { Draft } from '../api/services-api.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { listPath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { createLocalBackup } from '../save/local-backup.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { DesignerWorkspace } from './DesignerWorkspace.tsx';
import { chooseStart, type DesignerStart } from './load-draft.ts';

const T = {
  lv: { loading: 'Ielādē veidlapu…', back: 'Atpakaļ uz sarakstu', retry: 'Mēģināt vēlreiz' },
  en: { loading: 'Loading the form…', back: 'Back to the list', retry: 'Try again' },
};

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Loads a service's draft (and any unsaved work this browser kept), then opens the designer. */
export function DesignerPage({ code }: { code: string }) {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const [backup] = useState(() => createLocalBackup(code, browserStorage()));
  const [loaded, setLoaded] = useState<{ draft: Draft; start: DesignerStart } | null>(null);
  const [problem, setProblem] = useState('');
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per service and per retry.
  useEffect(() => {
    void services.getDraft(code).then((result) => {
      if (!result.ok) return setProblem(describeFailure(result, language));
      setLoaded({ draft: result.data, start: chooseStart(result.data, backup.read()) });
    });
  }, [services, code, attempt]);

  if (loaded)
    return (
      <DesignerWorkspace
        code={code}
        start={loaded.start}
        initialIssues={loaded.draft.issues}
        backup={backup}
      />
    );
  return (
    <main id="main" className="page" data-testid="builder.designer-loading">
      <RouteLink href={listPath()}>{t.back}</RouteLink>
      {problem ? (
        <div role="alert">
          <p className="error">{problem}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setProblem('');
              setAttempt(attempt + 1);
            }}
          >
            {t.retry}
          </button>
        </div>
      ) : (
        <p>{t.loading}</p>
      )}
    </main>
  );
}
