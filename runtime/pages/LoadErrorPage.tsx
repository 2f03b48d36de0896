import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';

/** The form could not be loaded for a reason that may pass (network, server): offer a retry. */
export function LoadErrorPage({ onRetry }: { onRetry: () => void }) {
  const { strings } = useLanguage();
  useDocumentTitle(strings.loadError.title);
  return (
    <div data-testid="runtime.load-error">
      <h1>{strings.loadError.title}</h1>
      <p>{strings.loadError.body}</p>
      <button type="button" className="button" onClick={onRetry}>
        {strings.loadError.retry}
      </button>
    </div>
  );
}
