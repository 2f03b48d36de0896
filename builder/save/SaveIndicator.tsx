import { signInHref } from '../api/session.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import type { SaveState } from './autosave.ts';

const T = {
  lv: {
    saved: 'Saglabāts',
    pending: 'Saglabā…',
    saving: 'Saglabā…',
    offline: 'Bezsaistē — izmaiņas glabājas šajā pārlūkā, saglabāsim, kad savienojums atjaunosies',
    conflict: 'Nav saglabāts: kāds cits mainīja melnrakstu',
    refused: 'Nav saglabāts: veidlapā ir problēma',
    'signed-out': 'Nav saglabāts: sesija beigusies',
    signIn: 'Pieteikties vēlreiz',
  },
  en: {
    saved: 'Saved',
    pending: 'Saving…',
    saving: 'Saving…',
    offline: 'Offline — changes are kept in this browser and saved when the connection returns',
    conflict: 'Not saved: someone else changed the draft',
    refused: 'Not saved: the form has a problem',
    'signed-out': 'Not saved: your session has ended',
    signIn: 'Sign in again',
  },
};

/** The visible save state; a polite live region, so a screen reader hears "Saglabāts" without losing focus. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useText(T);
  return (
    <p
      className={`save-state save-state--${state.kind}`}
      aria-live="polite"
      data-testid="builder.save-state"
      data-state={state.kind}
    >
      {t[state.kind]}
      {state.kind === 'signed-out' ? (
        <>
          {' '}
          {/* Unsaved work stays in this browser: after signing in it is restored and saved. */}
          <a href={signInHref(window.location.pathname)} data-testid="builder.save-state.sign-in">
            {t.signIn}
          </a>
        </>
      ) : null}
    </p>
  );
}
