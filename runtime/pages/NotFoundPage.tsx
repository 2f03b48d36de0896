import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { applyPath } from '../routing/parse-route.ts';

export type NotFoundKind = 'page' | 'service' | 'version';

/**
 * What could not be found, in plain words, with a way on: home, or for a pinned version that
 * does not exist, the latest form of the same service.
 */
export function NotFoundPage({ kind, serviceCode }: { kind: NotFoundKind; serviceCode?: string }) {
  const { strings } = useLanguage();
  const text =
    kind === 'version'
      ? strings.versionNotFound
      : kind === 'service'
        ? strings.serviceNotFound
        : strings.pageNotFound;
  useDocumentTitle(text.title);
  return (
    <div data-testid="runtime.not-found">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <ul className="link-list">
        {kind === 'version' && serviceCode ? (
          <li>
            <Link href={applyPath(serviceCode)}>{strings.versionNotFound.latestLink}</Link>
          </li>
        ) : null}
        <li>
          <Link href="/">{strings.homeLink}</Link>
        </li>
      </ul>
    </div>
  );
}
