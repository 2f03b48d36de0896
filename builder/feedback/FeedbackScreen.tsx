import { CaseRoleGate } from '../cases/CaseRoleGate.tsx';
import { useStaffApi } from '../cases/use-staff-api.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import { FeedbackCasePage } from './FeedbackCasePage.tsx';
import { FeedbackListPage } from './FeedbackListPage.tsx';
import { createFeedbackApi } from './feedback-api.ts';
import { FEEDBACK_TEXTS } from './feedback-texts.ts';

/** The feedback API with the signed-in staff member's CSRF token. */
export function useFeedbackApi() {
  return useStaffApi(createFeedbackApi);
}

/**
 * `/builder/feedback`: the case worker's screen for complaints and suggestions (issue 7). The
 * same roles as requests handle it (scope requests:manage).
 */
export function FeedbackScreen({ reference }: { reference?: string }) {
  const t = useText(FEEDBACK_TEXTS);
  return (
    <CaseRoleGate noRole={t.noRole}>
      {reference ? <FeedbackCasePage key={reference} reference={reference} /> : <FeedbackListPage />}
    </CaseRoleGate>
  );
}
