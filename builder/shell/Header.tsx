import { signInHref } from '../api/session.ts';
import { mayHandleCases } from '../cases/may-handle-cases.ts';
import { mayManageDeliveries } from '../deliveries/deliveries-api.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import { listPath, reviewsPath } from '../routing/builder-route.ts';
import { useBuilder } from './builder-context.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';

const T = {
  lv: {
    name: 'Veidlapu veidotājs',
    signIn: 'Pieteikties',
    requests: 'Pieteikumi',
    feedback: 'Atsauksmes',
    deliveries: 'Nepiegādātie',
    signedInAs: 'Pieteicies:',
    skip: 'Pāriet uz saturu',
    reviews: 'Pārbaude',
  },
  en: {
    name: 'Form builder',
    signIn: 'Sign in',
    requests: 'Requests',
    feedback: 'Feedback',
    deliveries: 'Undelivered',
    signedInAs: 'Signed in:',
    skip: 'Skip to content',
    reviews: 'Reviews',
  },
};

/** The bar on every builder screen: product name home link, who is signed in, language. */
export function Header() {
  const t = useText(T);
  const { session } = useBuilder();
  return (
    <header className="builder-header">
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <a className="builder-header__name" href={listPath()} data-testid="builder.home-link">
        {t.name}
      </a>
      {session.state === 'signed-in' && mayHandleCases(session.roles) && (
        <a href="/builder/requests" data-testid="builder.requests-link">
          {t.requests}
        </a>
      )}
      {session.state === 'signed-in' && mayHandleCases(session.roles) && (
        <a href="/builder/feedback" data-testid="builder.feedback-link">
          {t.feedback}
        </a>
      )}
      {session.state === 'signed-in' && mayManageDeliveries(session.roles) && (
        <a href="/builder/deliveries" data-testid="builder.deliveries-link">
          {t.deliveries}
        </a>
      )}
      {session.state === 'signed-in' && (
        <a href={reviewsPath()} data-testid="builder.reviews-link">
          {t.reviews}
        </a>
      )}
      <div className="builder-header__end">
        {session.state === 'signed-in' ? (
          <span data-testid="builder.user">
            {t.signedInAs} {session.name}
          </span>
        ) : (
          <a href={signInHref(window.location.pathname)} data-testid="builder.sign-in">
            {t.signIn}
          </a>
        )}
        <LanguageToggle />
      </div>
    </header>
  );
}
