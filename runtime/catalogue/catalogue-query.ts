/**
 * The catalogue's search and filters live in the page address (`/?q=...&audience=...`), so a
 * search can be bookmarked, shared, and kept by Back and reload.
 */
import { AUDIENCES, type Audience } from '../../schema/register/service-register.ts';

export interface CatalogueFilters {
  q: string;
  audience: Audience | '';
  lifeSituation: string;
  /** An agency code; empty for every agency. */
  agency: string;
  page: number;
}

const CODE = /^[a-z0-9-]{1,64}$/;

export function readCatalogueFilters(search: string): CatalogueFilters {
  const query = new URLSearchParams(search);
  const audience = query.get('audience') ?? '';
  const lifeSituation = query.get('lifeSituation') ?? '';
  const agency = query.get('agency') ?? '';
  const page = Number(query.get('page'));
  return {
    q: (query.get('q') ?? '').slice(0, 200),
    audience: (AUDIENCES as readonly string[]).includes(audience) ? (audience as Audience) : '',
    lifeSituation: CODE.test(lifeSituation) ? lifeSituation : '',
    agency: CODE.test(agency) ? agency : '',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The page address for these filters; empty ones are left out. */
export function cataloguePath(filters: Partial<CatalogueFilters>): string {
  const query = new URLSearchParams();
  if (filters.q?.trim()) query.set('q', filters.q.trim());
  if (filters.audience) query.set('audience', filters.audience);
  if (filters.lifeSituation) query.set('lifeSituation', filters.lifeSituation);
  if (filters.agency) query.set('agency', filters.agency);
  if (filters.page && filters.page > 1) query.set('page', String(filters.page));
  const text = query.toString();
  return text ? `/?${text}` : '/';
}

/** The API address for these filters. */
export function catalogueApiPath(filters: CatalogueFilters, language: 'lv' | 'en', pageSize: number): string {
  const query = new URLSearchParams({
    lang: language,
    page: String(filters.page),
    pageSize: String(pageSize),
  });
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.audience) query.set('audience', filters.audience);
  if (filters.lifeSituation) query.set('lifeSituation', filters.lifeSituation);
  if (filters.agency) query.set('agency', filters.agency);
  return `/api/catalogue?${query}`;
}
