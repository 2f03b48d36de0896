import { CaseRoleGate } from '../cases/CaseRoleGate.tsx';
import { useText } from '../i18n/LanguageProvider.tsx';
import { OverduePage } from './OverduePage.tsx';
import { OVERDUE_TEXTS } from './overdue-texts.ts';

/** The overdue list is a case screen: the same roles as requests see it (scope requests:manage). */
export function OverdueScreen({ code }: { code: string }) {
  const t = useText(OVERDUE_TEXTS);
  return (
    <CaseRoleGate noRole={t.noRole}>
      <OverduePage key={code} code={code} />
    </CaseRoleGate>
  );
}
