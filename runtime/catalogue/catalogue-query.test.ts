import { describe, expect, it } from 'vitest';
import { catalogueApiPath, cataloguePath, readCatalogueFilters } from './catalogue-query.ts';

describe('catalogue filters in the address', () => {
  it('round-trips through the page address', () => {
    const filters = {
      q: 'dzīvesvieta',
      audience: 'citizens',
      lifeSituation: 'moving-house',
      agency: 'vid',
      page: 2,
    } as const;
    const path = cataloguePath(filters);
    expect(readCatalogueFilters(path.slice(1))).toEqual(filters);
    expect(cataloguePath({})).toBe('/');
  });

  it('ignores what is not a filter value instead of failing', () => {
    expect(readCatalogueFilters('?audience=aliens&lifeSituation=%3Cscript%3E&agency=a%20b&page=-3')).toEqual({
      q: '',
      audience: '',
      lifeSituation: '',
      agency: '',
      page: 1,
    });
  });

  it('asks the API in the page language, with the search text as typed', () => {
    const path = catalogueApiPath(
      { q: '"a" OR b', audience: '', lifeSituation: '', agency: 'vid', page: 1 },
      'en',
      10,
    );
    expect(new URL(path, 'http://x').searchParams.get('q')).toBe('"a" OR b');
    expect(new URL(path, 'http://x').searchParams.get('agency')).toBe('vid');
    expect(path).toContain('lang=en');
  });
});
