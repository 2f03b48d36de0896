import { describe, expect, it } from 'vitest';
import { parseRoute } from '../routing/parse-route.ts';
import { parseCatalogueRoute } from './parse-catalogue-route.ts';

describe('catalogue routes', () => {
  it('reads the service page, the life situation page and the catalogue at /services', () => {
    expect(parseRoute('/services/dog-licence', '')).toEqual({ page: 'service', code: 'dog-licence' });
    expect(parseRoute('/life-situations/moving-house', '')).toEqual({
      page: 'life-situation',
      code: 'moving-house',
    });
    expect(parseRoute('/services', '?q=x')).toEqual({ page: 'home' });
  });

  it('leaves the form deep links alone', () => {
    expect(parseRoute('/services/dog-licence/apply', '').page).toBe('apply');
    expect(parseCatalogueRoute('/services/dog-licence/apply')).toBeUndefined();
  });

  it('answers malformed codes with not-found', () => {
    expect(parseRoute('/services/Dog%20Licence', '').page).toBe('not-found');
    expect(parseRoute('/life-situations/%E0%A4%A', '').page).toBe('not-found');
  });
});
