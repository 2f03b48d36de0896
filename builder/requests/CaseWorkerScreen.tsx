import { useText } from '../i18n/LanguageProvider.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { RequestCasePage } from './RequestCasePage.tsx';
import { RequestListPage } from './RequestListPage.tsx';
import { REQUEST_TEXTS } from './request-texts.ts';
import { mayHandleRequests } from './use-requests-api.ts';

/** The case-worker screen (issue 6) for agencies without their own case system. */
export function CaseWorkerScreen({ reference }: { reference?: string }) {
  const t = useText(REQUEST_TEXTS);
  const { session } = useBuilder();
  if (session.state !== 'signed-in' || !mayHandleRequests(session.roles)) {
    return (
      <main id="main" className="page">
        <p role="alert">{t.noRole}</p>
      </main>
    );
  }
  return reference ? <RequestCasePage key={reference} reference={reference} /> : <RequestListPage />;
}
