import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { Link } from '../routing/Link.tsx';
import { CATALOGUE_STRINGS } from './catalogue-strings.ts';
import type { CatalogueEntry } from './catalogue-types.ts';

/** One service in a list: its name links to its page, with the agency and a direct Apply link. */
export function ServiceCard({ entry, headingLevel = 2 }: { entry: CatalogueEntry; headingLevel?: 2 | 3 }) {
  const { language } = useLanguage();
  const strings = CATALOGUE_STRINGS[language];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="service-card" data-testid="catalogue.service">
      <Heading className="service-card__title">
        <Link href={entry.links.page}>{entry.title[language]}</Link>
      </Heading>
      <p className="service-card__description">{entry.description[language]}</p>
      <p className="service-card__meta">{strings.byAgency(entry.agency.name[language])}</p>
      <p className="service-card__actions">
        <Link href={entry.links.apply} aria-label={`${strings.apply}: ${entry.title[language]}`}>
          {strings.apply}
        </Link>
      </p>
    </li>
  );
}
