import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';

/** A service its agency no longer offers online (`410`): say so plainly and point home. */
export function RetiredPage() {
  const { strings } = useLanguage();
  useDocumentTitle(strings.retired.title);
  return (
    <div data-testid="runtime.retired">
      <h1>{strings.retired.title}</h1>
      <p>{strings.retired.body}</p>
      <p>
        <Link href="/">{strings.homeLink}</Link>
      </p>
    </div>
  );
}
