import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import { startLoadingApplyPage } from './pages/load-apply-page.ts';
import { parseRoute } from './routing/parse-route.ts';
import { SessionProvider } from './session/SessionProvider.tsx';
import { fetchSession } from './session/session-api.ts';
import './theme/runtime.css';

/** Entry of the citizen runtime page (dist/runtime/index.html), served for `/` and every `/services/*` path. */
// The page's first requests start now, in parallel with React's start (issue 4: time to ready).
const route = parseRoute(window.location.pathname, window.location.search);
if (route.page === 'apply') startLoadingApplyPage(route.code, route.version);
const firstSession = fetchSession();
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
