import { signInHref } from '../api/session.ts';
import { useText } from '../i18n/LanguageProvider.tsx';

const T = {
  lv: {
    title: 'Pieteikšanās',
    body: 'Veidlapas var veidot iestāžu darbinieki. Lai turpinātu, piesakieties.',
    signIn: 'Pieteikties',
    offline: 'Neizdevās sazināties ar serveri. Pārbaudiet interneta savienojumu un pārlādējiet lapu.',
  },
  en: {
    title: 'Sign in',
    body: 'Forms are designed by agency staff. Sign in to continue.',
    signIn: 'Sign in',
    offline: 'Could not reach the server. Check the connection and reload the page.',
  },
};

/** Shown instead of any screen when nobody is signed in (or the server cannot be reached). */
export function SignInPage({ offline }: { offline: boolean }) {
  const t = useText(T);
  return (
    <main id="main" className="page page--narrow">
      <h1>{t.title}</h1>
      {offline ? (
        <p role="alert">{t.offline}</p>
      ) : (
        <>
          <p>{t.body}</p>
          <a
            className="button button--primary"
            href={signInHref(window.location.pathname)}
            data-testid="builder.sign-in-page.link"
          >
            {t.signIn}
          </a>
        </>
      )}
    </main>
  );
}
