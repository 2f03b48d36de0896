import { useEffect, useMemo, useRef, useState } from 'react';
import { createApiClient } from './api/api-client.ts';
import { createServicesApi } from './api/services-api.ts';
import { fetchSession, mayDesign, type Session } from './api/session.ts';
import { DeliveriesPage } from './deliveries/DeliveriesPage.tsx';
import { MailboxPage } from './deliveries/MailboxPage.tsx';
import { DesignerPage } from './designer/DesignerPage.tsx';
import { FeedbackScreen } from './feedback/FeedbackScreen.tsx';
import { useText } from './i18n/LanguageProvider.tsx';
import { OverdueScreen } from './overdue/OverdueScreen.tsx';
import { HistoryPage } from './publish/HistoryPage.tsx';
import { CaseWorkerScreen } from './requests/CaseWorkerScreen.tsx';
import { ReviewListPage } from './review/ReviewListPage.tsx';
import { ReviewPage } from './review/ReviewPage.tsx';
import { useRoute } from './routing/use-route.ts';
import { ServiceListPage } from './services/ServiceListPage.tsx';
import { BuilderContext } from './shell/builder-context.tsx';
import { Header } from './shell/Header.tsx';
import { SignInPage } from './shell/SignInPage.tsx';

const T = {
  lv: {
    loading: 'Ielādē…',
    notFound: 'Šādas lapas nav.',
    noRole:
      'Jums nav tiesību veidot veidlapas. Lūdziet savas iestādes administratoram piešķirt veidotāja lomu.',
  },
  en: {
    loading: 'Loading…',
    notFound: 'There is no such page.',
    noRole: "You may not design forms. Ask your agency's administrator for the designer role.",
  },
};

/**
 * The composition root of the builder: one API client (cookie + CSRF), the session, and the
 * screen for the current address.
 */
export function App() {
  const t = useText(T);
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(null);
  const csrf = useRef<string | undefined>(undefined);
  const services = useMemo(() => createServicesApi(createApiClient({ csrfToken: () => csrf.current })), []);

  useEffect(() => {
    void fetchSession(createApiClient()).then((s) => {
      csrf.current = s.state === 'signed-in' ? s.csrfToken : undefined;
      setSession(s);
    });
  }, []);

  const context = useMemo(() => (session ? { services, session } : null), [services, session]);
  if (!context) return <p className="page">{t.loading}</p>;
  return (
    <BuilderContext.Provider value={context}>
      <Header />
      {context.session.state !== 'signed-in' ? (
        <SignInPage offline={context.session.state === 'offline'} />
      ) : route.page === 'requests' || route.page === 'request' ? (
        <CaseWorkerScreen reference={route.page === 'request' ? route.reference : undefined} />
      ) : route.page === 'feedback' || route.page === 'feedback-case' ? (
        <FeedbackScreen reference={route.page === 'feedback-case' ? route.reference : undefined} />
      ) : route.page === 'overdue' ? (
        <OverdueScreen code={route.code} />
      ) : route.page === 'deliveries' ? (
        <DeliveriesPage />
      ) : route.page === 'e-address' ? (
        <MailboxPage />
      ) : !mayDesign(context.session) ? (
        <main id="main" className="page">
          <p role="alert">{t.noRole}</p>
        </main>
      ) : route.page === 'list' ? (
        <ServiceListPage />
      ) : route.page === 'designer' ? (
        <DesignerPage key={route.code} code={route.code} />
      ) : route.page === 'history' ? (
        <HistoryPage code={route.code} />
      ) : route.page === 'reviews' ? (
        <ReviewListPage />
      ) : route.page === 'review' ? (
        <ReviewPage key={route.id} id={route.id} />
      ) : (
        <main id="main" className="page">
          <h1>{t.notFound}</h1>
        </main>
      )}
    </BuilderContext.Provider>
  );
}
