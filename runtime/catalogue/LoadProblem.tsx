import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { CATALOGUE_STRINGS } from './catalogue-strings.ts';
import type { ApiLoad } from './use-api-json.ts';

/** What a catalogue page shows while loading or after a failed load; null once loaded. */
export function LoadProblem({
  load,
  reload,
  notFound,
}: {
  load: ApiLoad<unknown>;
  reload: () => void;
  notFound: { title: string; body: string };
}) {
  const { language } = useLanguage();
  const strings = CATALOGUE_STRINGS[language];
  switch (load.kind) {
    case 'ok':
      return null;
    case 'loading':
      return (
        <p role="status" className="catalogue-loading">
          {strings.loading}
        </p>
      );
    case 'not-found':
      return (
        <div data-testid="catalogue.not-found">
          <h1>{notFound.title}</h1>
          <p>{notFound.body}</p>
        </div>
      );
    case 'failed':
      return (
        <div role="alert">
          <p>{strings.loadFailed}</p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {strings.retry}
          </button>
        </div>
      );
  }
}
