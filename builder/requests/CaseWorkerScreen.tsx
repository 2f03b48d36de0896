import { CaseRoleGate } from '../cases/CaseRoleGate.tsx';
import { useText } from '../i18n/LanguageProvider.tsx';
import { RequestCasePage } from './RequestCasePage.tsx';
import { RequestListPage } from './RequestListPage.tsx';
import { REQUEST_TEXTS } from './request-texts.ts';

/** The case-worker screen (issue 6) for agencies without their own case system. */
export function CaseWorkerScreen({ reference }: { reference?: string }) {
  const t = useText(REQUEST_TEXTS);
  return (
    <CaseRoleGate noRole={t.noRole}>
      {reference ? <RequestCasePage key={reference} reference={reference} /> : <RequestListPage />}
    </CaseRoleGate>
  );
}
