import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';

/**
 * The runtime's front door. Citizens normally arrive by a deep link from a catalogue or an
 * agency site (P4), so this page explains that; a list of services comes with the register.
 */
export function HomePage() {
  const { strings } = useLanguage();
  useDocumentTitle(undefined);
  return (
    <>
      <h1>{strings.home.title}</h1>
      <p className="lead">{strings.home.intro}</p>
      <p>{strings.home.howTo}</p>
    </>
  );
}
