import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';
import './theme/runtime.css';

/** Entry of the citizen runtime page (dist/runtime/index.html), served for `/` and every `/services/*` path. */
const container = document.getElementById('root');
if (!container) throw new Error('runtime: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <LanguageProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </LanguageProvider>
  </StrictMode>,
);
