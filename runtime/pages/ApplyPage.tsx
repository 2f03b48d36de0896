import { useEffect, useState } from 'react';
import type { PrecompiledValidators } from '../../schema/standalone-validators.ts';
import { fetchService, type ServiceLoad } from '../api/fetch-service.ts';
import { loadValidators } from '../api/load-validators.ts';
import { DraftRestore } from '../drafts/DraftRestore.tsx';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import type { FormPosition } from '../routing/parse-route.ts';
import { IdentityGate } from '../session/IdentityGate.tsx';
import type { ApplicationForm } from './ApplicationForm.tsx';
import { LoadErrorPage } from './LoadErrorPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RetiredPage } from './RetiredPage.tsx';

export interface ApplyPageProps {
  code: string;
  version: number | undefined;
  step: FormPosition | undefined;
  params: Record<string, string>;
}

type Loaded = {
  load: ServiceLoad;
  Form: typeof ApplicationForm | undefined;
  validators?: PrecompiledValidators | undefined;
};

/**
 * The form code (RJSF) is most of the runtime's weight and only this page needs it, so it is a
 * separate chunk, fetched in parallel with the service definition and the version's precompiled
 * validators (asked for at once when the link pins the version, else as soon as the definition
 * names it). A failure of any is the same "try again" page.
 */
async function loadPage(code: string, version: number | undefined, signal: AbortSignal): Promise<Loaded> {
  const formModule = import('./ApplicationForm.tsx').then(
    (module) => module.ApplicationForm,
    () => undefined,
  );
  const validatorsOf = (pinned: number) => loadValidators(code, pinned).catch(() => undefined);
  const early = version === undefined ? undefined : validatorsOf(version);
  const service = fetchService(code, version, { signal }).then(async (load) => ({
    load,
    validators: load.kind === 'ok' ? await (early ?? validatorsOf(load.service.version)) : undefined,
  }));
  const [{ load, validators }, Form] = await Promise.all([service, formModule]);
  return load.kind === 'ok' && (!Form || !validators)
    ? { load: { kind: 'failed' }, Form: undefined }
    : { load, Form, validators };
}

/**
 * `/services/{code}/apply`: loads the published service the deep link names and shows its
 * form, or a page that says why it cannot (not found, retired, try again).
 */
export function ApplyPage({ code, version, step, params }: ApplyPageProps) {
  const { strings } = useLanguage();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    setLoaded(undefined);
    loadPage(code, version, controller.signal).then(setLoaded, () => {
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
