import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import './theme/builder.css';

/** Entry of the builder page (dist/builder/index.html), served for `/builder` and `/builder/*`. */
const container = document.getElementById('root');
if (!container) throw new Error('builder: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
