import type { ReactNode } from 'react';
import { feedbackFormPath, feedbackStrings } from '../feedback/feedback-strings.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { Link } from '../routing/Link.tsx';
import { SessionControl } from '../session/SessionControl.tsx';
import { SessionTimeoutWarning } from '../session/SessionTimeoutWarning.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';

/**
 * The frame of every page: a skip link (WCAG 2.4.1), the header with the language toggle, one
 * `<main>` landmark and a footer. Pages only supply their content.
 */
export function PageLayout({ children }: { children: ReactNode }) {
  const { strings, language } = useLanguage();
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" href="/">
            {strings.platformName}
          </Link>
          <div className="site-header__tools">
            <SessionControl />
            <LanguageToggle />
          </div>
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <SessionTimeoutWarning />
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{strings.footer}</p>
          <p>
            <Link href={feedbackFormPath()} data-testid="site-footer.feedback">
              {feedbackStrings(language).entry}
            </Link>
          </p>
        </div>
      </footer>
    </>
  );
}
