import { useMemo } from 'react';
import { createApiClient } from '../api/api-client.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import { mayHandleRequests } from '../requests/use-requests-api.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { FeedbackCasePage } from './FeedbackCasePage.tsx';
import { FeedbackListPage } from './FeedbackListPage.tsx';
import { createFeedbackApi } from './feedback-api.ts';
import { FEEDBACK_TEXTS } from './feedback-texts.ts';

/** The feedback API with the signed-in staff member's CSRF token. */
export function useFeedbackApi() {
  const { session } = useBuilder();
  const token = session.state === 'signed-in' ? session.csrfToken : undefined;
  return useMemo(() => createFeedbackApi(createApiClient({ csrfToken: () => token })), [token]);
}

/**
 * `/builder/feedback`: the case worker's screen for complaints and suggestions (issue 7). The
 * same roles as requests handle it (scope requests:manage).
 */
export function FeedbackScreen({ reference }: { reference?: string }) {
  const t = useText(FEEDBACK_TEXTS);
  const { session } = useBuilder();
  if (session.state !== 'signed-in' || !mayHandleRequests(session.roles)) {
    return (
      <main id="main" className="page">
        <p role="alert">{t.noRole}</p>
      </main>
    );
  }
  return reference ? <FeedbackCasePage key={reference} reference={reference} /> : <FeedbackListPage />;
}
