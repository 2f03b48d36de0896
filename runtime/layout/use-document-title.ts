import { useEffect } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';

/**
 * Names the browser tab after the page (WCAG 2.4.2): the page's own title first, so the tab and
 * a screen reader's page announcement say where the citizen is.
 */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { strings } = useLanguage();
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${strings.platformName}` : strings.platformName;
  }, [pageTitle, strings.platformName]);
}
