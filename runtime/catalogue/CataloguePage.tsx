import { type FormEvent, useEffect, useState } from 'react';
import { AUDIENCES } from '../../schema/register/service-register.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { navigate } from '../routing/navigate.ts';
import { useLocation } from '../routing/use-location.ts';
import { catalogueApiPath, cataloguePath, readCatalogueFilters } from './catalogue-query.ts';
import { CATALOGUE_STRINGS } from './catalogue-strings.ts';
import type {
  CatalogueAgency,
  CataloguePage as CataloguePageData,
  LifeSituationSummary,
} from './catalogue-types.ts';
import './catalogue.css';
import { LoadProblem } from './LoadProblem.tsx';
import { ServiceCard } from './ServiceCard.tsx';
import { useApiJson } from './use-api-json.ts';

const PAGE_SIZE = 10;

/**
 * The catalogue (issue 7, P7, P8): search in Latvian or English, filters by audience and life
 * situation, results in pages, and the life situations to browse. The search and filters live in
 * the address, and the form is applied only by its button, so nothing moves while people choose
 * (WCAG 3.2.2).
 */
export function CataloguePage() {
  const { language } = useLanguage();
  const strings = CATALOGUE_STRINGS[language];
  const { search } = useLocation();
  const filters = readCatalogueFilters(search);
  const [draft, setDraft] = useState(filters);
  // The form follows the address when it changes by Back/Forward or a link.
  useEffect(() => setDraft(readCatalogueFilters(search)), [search]);
  useDocumentTitle(strings.title);

  const results = useApiJson<CataloguePageData>(catalogueApiPath(filters, language, PAGE_SIZE));
  const situations = useApiJson<{ lifeSituations: LifeSituationSummary[] }>('/api/life-situations');
  const situationList = situations.load.kind === 'ok' ? situations.load.value.lifeSituations : [];
  const agencies = useApiJson<{ agencies: CatalogueAgency[] }>('/api/catalogue/agencies');
  const agencyList = agencies.load.kind === 'ok' ? agencies.load.value.agencies : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(cataloguePath({ ...draft, page: 1 }));
  };

  const filtered = Boolean(filters.q || filters.audience || filters.lifeSituation || filters.agency);
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lead">{strings.intro}</p>
      <search>
        <form className="catalogue-search" onSubmit={submit} data-testid="catalogue.search">
          <div className="catalogue-search__text">
            <label htmlFor="catalogue-q" className="catalogue-label">
              {strings.searchLabel}
            </label>
            <p id="catalogue-q-hint" className="catalogue-hint">
              {strings.searchHint}
            </p>
            <input
              id="catalogue-q"
              type="search"
              name="q"
              className="catalogue-input"
              aria-describedby="catalogue-q-hint"
              value={draft.q}
              maxLength={200}
              onChange={(event) => setDraft({ ...draft, q: event.target.value })}
            />
          </div>
          <fieldset className="catalogue-filter">
            <legend className="catalogue-label">{strings.audienceLegend}</legend>
            {(['', ...AUDIENCES] as const).map((audience) => (
              <label key={audience || 'all'} className="catalogue-radio">
                <input
                  type="radio"
                  name="audience"
                  value={audience}
                  checked={draft.audience === audience}
                  onChange={() => setDraft({ ...draft, audience })}
                />{' '}
                {audience ? strings.audience[audience] : strings.audienceAll}
              </label>
            ))}
          </fieldset>
          <FilterSelect
            id="catalogue-situation"
            label={strings.lifeSituationLabel}
            allLabel={strings.lifeSituationAll}
            value={draft.lifeSituation}
            onChange={(lifeSituation) => setDraft({ ...draft, lifeSituation })}
            options={situationList.map((situation) => ({
              value: situation.code,
              label: situation.name[language],
            }))}
          />
          {agencyList.length > 0 && (
            <FilterSelect
              id="catalogue-agency"
              label={strings.agencyLabel}
              allLabel={strings.agencyAll}
              value={draft.agency}
              onChange={(agency) => setDraft({ ...draft, agency })}
              options={agencyList.map((agency) => ({
                value: agency.code,
                label: `${agency.name[language]} (${agency.serviceCount})`,
              }))}
            />
          )}
          <button type="submit" className="button">
            {strings.searchButton}
          </button>
        </form>
      </search>

      <section aria-labelledby="catalogue-results-heading">
        <LoadProblem load={results.load} reload={results.reload} notFound={strings.lifeSituationNotFound} />
        {results.load.kind === 'ok' && (
          <Results page={results.load.value} filtered={filtered} filters={filters} />
        )}
      </section>

      {situationList.length > 0 && (
        <section aria-labelledby="catalogue-situations-heading">
          <h2 id="catalogue-situations-heading">{strings.lifeSituationsTitle}</h2>
          <ul className="situation-list" data-testid="catalogue.life-situations">
            {situationList.map((situation) => (
              <li key={situation.code}>
                <Link href={`/life-situations/${situation.code}`}>{situation.name[language]}</Link>{' '}
                <span className="situation-list__count">
                  ({strings.servicesCount(situation.serviceCount)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** A labelled drop-down filter whose first choice is "all". */
function FilterSelect(props: {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div className="catalogue-filter">
      <label htmlFor={props.id} className="catalogue-label">
        {props.label}
      </label>
      <select
        id={props.id}
        className="catalogue-input"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Results({
  page,
  filtered,
  filters,
}: {
  page: CataloguePageData;
  filtered: boolean;
  filters: ReturnType<typeof readCatalogueFilters>;
}) {
  const { language } = useLanguage();
  const strings = CATALOGUE_STRINGS[language];
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <>
      <h2 id="catalogue-results-heading" aria-live="polite" data-testid="catalogue.found">
        {strings.found(page.total)}
      </h2>
      {page.total === 0 && (
        <p>
          {strings.nothingFound} {filtered && <Link href="/">{strings.clearFilters}</Link>}
        </p>
      )}
      <ul className="service-list" aria-label={strings.resultsLabel}>
        {page.entries.map((entry) => (
          <ServiceCard key={entry.code} entry={entry} headingLevel={3} />
        ))}
      </ul>
      {pages > 1 && (
        <nav className="pager" aria-label={strings.pageOf(page.page, pages)}>
          {page.page > 1 && (
            <Link href={cataloguePath({ ...filters, page: page.page - 1 })} rel="prev">
              {strings.previous}
            </Link>
          )}
          <span>{strings.pageOf(page.page, pages)}</span>
          {page.page < pages && (
            <Link href={cataloguePath({ ...filters, page: page.page + 1 })} rel="next">
              {strings.next}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
