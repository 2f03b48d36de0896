import { useEffect, useState } from 'react';
import { DraftRestore } from '../drafts/DraftRestore.tsx';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import type { FormPosition } from '../routing/parse-route.ts';
import { IdentityGate } from '../session/IdentityGate.tsx';
import { LoadErrorPage } from './LoadErrorPage.tsx';
import { type Loaded, loadApplyPage } from './load-apply-page.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RetiredPage } from './RetiredPage.tsx';

export interface ApplyPageProps {
  code: string;
  version: number | undefined;
  step: FormPosition | undefined;
  params: Record<string, string>;
}

/**
 * `/services/{code}/apply`: loads the published service the deep link names and shows its
 * form, or a page that says why it cannot (not found, retired, try again).
 */
export function ApplyPage({ code, version, step, params }: ApplyPageProps) {
  const { strings } = useLanguage();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  // `attempt` is a dependency (now read inside too): a retry loads afresh.
  useEffect(() => {
    const controller = new AbortController();
    setLoaded(undefined);
    loadApplyPage(code, version, controller.signal, attempt === 0).then(setLoaded, () => {
      // Aborted because the route changed; the next effect loads the new one.
    });
    return () => controller.abort();
  }, [code, version, attempt]);

  if (!loaded) return <Loading text={strings.loading} />;
  const { load, Form, validators } = loaded;
  switch (load.kind) {
    case 'ok':
      return Form && validators ? (
        <IdentityGate service={load.service}>
          {({ service, ...identity }) => (
            <DraftRestore
              code={service.code}
              version={service.version}
              signedIn={Boolean(identity.csrfToken)}
            >
              {() => (
                <Form
                  key={`${service.code}@${service.version}`}
                  service={service}
                  pinnedVersion={version}
                  requested={step}
                  params={params}
                  identity={identity}
                  validators={validators}
                />
              )}
            </DraftRestore>
          )}
        </IdentityGate>
      ) : null;
    case 'service-not-found':
      return <NotFoundPage kind="service" />;
    case 'version-not-found':
      return <NotFoundPage kind="version" serviceCode={code} />;
    case 'retired':
      return <RetiredPage />;
    case 'failed':
      // Browsers may remember a failed module import, so only a reload retries a missing chunk.
      return <LoadErrorPage onRetry={() => (Form ? setAttempt((n) => n + 1) : window.location.reload())} />;
  }
}

function Loading({ text }: { text: string }) {
  useDocumentTitle(text);
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}
