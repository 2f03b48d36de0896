import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { CATALOGUE_STRINGS } from './catalogue-strings.ts';
import type { LifeSituationWithServices } from './catalogue-types.ts';
import './catalogue.css';
import { LoadProblem } from './LoadProblem.tsx';
import { ServiceCard } from './ServiceCard.tsx';
import { useApiJson } from './use-api-json.ts';

/** One life situation and the services that belong to it (issue 7): `/life-situations/{code}`. */
export function LifeSituationPage({ code }: { code: string }) {
  const { language } = useLanguage();
  const strings = CATALOGUE_STRINGS[language];
  const { load, reload } = useApiJson<LifeSituationWithServices>(
    `/api/life-situations/${encodeURIComponent(code)}?lang=${language}`,
  );
  const situation = load.kind === 'ok' ? load.value : undefined;
  useDocumentTitle(situation ? situation.name[language] : undefined);
  return (
    <>
      <p>
        <Link href="/">{strings.backToCatalogue}</Link>
      </p>
      <LoadProblem load={load} reload={reload} notFound={strings.lifeSituationNotFound} />
      {situation && (
        <>
          <h1>{situation.name[language]}</h1>
          <p className="lead">{situation.description[language]}</p>
          {situation.services.length === 0 ? (
            <p>{strings.noServicesYet}</p>
          ) : (
            <ul className="service-list">
              {situation.services.map((entry) => (
                <ServiceCard key={entry.code} entry={entry} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
