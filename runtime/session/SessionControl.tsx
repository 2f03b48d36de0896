import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useLocation } from '../routing/use-location.ts';
import { useSession } from './SessionProvider.tsx';
import { signInHref } from './session-api.ts';
import { sessionStrings } from './session-strings.ts';

/**
 * The header's sign-in / sign-out control. Signed in: the person's name and a "Sign out" button,
 * a plain form POST carrying the CSRF token (the server then also ends the provider's session).
 * Signed out: a link to sign in that comes back to this very page.
 */
export function SessionControl() {
  const { language } = useLanguage();
  const { read } = useSession();
  const { pathname, search } = useLocation();
  const text = sessionStrings(language);
  if (!read) return null;
  const { session } = read;
  if (!session.authenticated) {
    return (
      <a
        className="session-control__link"
        href={signInHref(`${pathname}${search}`)}
        data-testid="session.sign-in"
      >
        {text.signIn}
      </a>
    );
  }
  const name = `${session.user.givenName} ${session.user.familyName}`;
  return (
    <form className="session-control" method="post" action="/auth/logout">
      <span className="session-control__name" data-testid="session.user-name">
        {text.signedInAs(name)}
      </span>
      <input type="hidden" name="csrf_token" value={session.csrfToken} />
      <button type="submit" className="session-control__button" data-testid="session.sign-out">
        {text.signOut}
      </button>
    </form>
  );
}
