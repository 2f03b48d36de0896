import { useEffect, useState } from 'react';
import { fetchService, type ServiceLoad } from '../api/fetch-service.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { ApplicationForm } from './ApplicationForm.tsx';
import { LoadErrorPage } from './LoadErrorPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RetiredPage } from './RetiredPage.tsx';

export interface ApplyPageProps {
  code: string;
  version: number | undefined;
  params: Record<string, string>;
}

/**
 * `/services/{code}/apply`: loads the published service the deep link names and shows its
 * form, or a page that says why it cannot (not found, retired, try again).
 */
export function ApplyPage({ code, version, params }: ApplyPageProps) {
  const { strings } = useLanguage();
  const [load, setLoad] = useState<ServiceLoad | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    setLoad(undefined);
    fetchService(code, version, { signal: controller.signal }).then(setLoad, () => {
      // Aborted because the route changed; the next effect loads the new one.
    });
    return () => controller.abort();
  }, [code, version, attempt]);

  if (!load) return <Loading text={strings.loading} />;
  switch (load.kind) {
    case 'ok':
      return (
        <ApplicationForm
          key={`${load.service.code}@${load.service.version}`}
          service={load.service}
          params={params}
        />
      );
    case 'service-not-found':
      return <NotFoundPage kind="service" />;
    case 'version-not-found':
      return <NotFoundPage kind="version" serviceCode={code} />;
    case 'retired':
      return <RetiredPage />;
    case 'failed':
      return <LoadErrorPage onRetry={() => setAttempt((n) => n + 1)} />;
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
