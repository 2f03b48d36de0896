import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { readEmbeddedService } from './api/embedded-service.ts';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import { startLoadingApplyPage } from './pages/load-apply-page.ts';
import { parseRoute } from './routing/parse-route.ts';
import { readEmbeddedSession } from './session/embedded-session.ts';
import { SessionProvider } from './session/SessionProvider.tsx';
import { fetchSession } from './session/session-api.ts';
import './theme/runtime.css';

/** Entry of the citizen runtime page (dist/runtime/index.html), served for `/` and every `/services/*` path. */
// The page's first requests start now, in parallel with React's start (issue 4: time to ready).
const route = parseRoute(window.location.pathname, window.location.search);
if (route.page === 'apply') {
  startLoadingApplyPage(route.code, route.version, readEmbeddedService(document, route.code, route.version));
}
// A visitor who came without a session cookie is anonymous: the server says so in the page.
const embeddedSession = readEmbeddedSession(document);
const firstSession = embeddedSession ? Promise.resolve(embeddedSession) : fetchSession();
firstSession.catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('runtime: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <LanguageProvider>
      <SessionProvider first={firstSession}>
        <App />
      </SessionProvider>
    </LanguageProvider>
  </StrictMode>,
);
