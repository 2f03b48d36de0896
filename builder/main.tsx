import { createRoot } from 'react-dom/client';

/** Placeholder until the designer lands (issue 3): keeps the build and the /builder route honest. */
createRoot(document.getElementById('root')!).render(
  <main>
    <h1>Veidlapu veidotājs</h1>
    <p>Drīzumā. / Coming soon.</p>
  </main>,
);
