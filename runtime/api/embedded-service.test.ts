import { describe, expect, it } from 'vitest';
import { buildDefinition } from '../../schema/build-definition.ts';
import { EMBEDDED_SERVICE_ID } from '../../schema/embedded-page-data.ts';
import { readEmbeddedService } from './embedded-service.ts';

const published = {
  code: 'test-service',
  version: 3,
  state: 'published',
  agency: { code: 'a', name: { lv: 'Iestāde', en: 'Agency' } },
  definition: buildDefinition(),
};

/** A page holding one element with the embedded text, as the server writes it. */
function pageWith(text: string, type = 'application/json') {
  const element = { textContent: text, getAttribute: (name: string) => (name === 'type' ? type : null) };
  return { getElementById: (id: string) => (id === EMBEDDED_SERVICE_ID ? element : null) } as unknown as Pick<
    Document,
    'getElementById'
  >;
}

describe('readEmbeddedService', () => {
  it('gives the version the server embedded for this address: the latest, or the one pinned', () => {
    const page = pageWith(JSON.stringify(published));
    expect(readEmbeddedService(page, 'test-service', undefined)).toEqual(published);
    expect(readEmbeddedService(page, 'test-service', 3)).toEqual(published);
  });

  it('gives nothing for another service or version, so the runtime asks the API for the right one', () => {
    const page = pageWith(JSON.stringify(published));
    expect(readEmbeddedService(page, 'other-service', undefined)).toBeUndefined();
    expect(readEmbeddedService(page, 'test-service', 2)).toBeUndefined();
  });

  it('gives nothing when there is no embedded version, or it is not one', () => {
    const none = { getElementById: () => null } as unknown as Pick<Document, 'getElementById'>;
    expect(readEmbeddedService(none, 'test-service', undefined)).toBeUndefined();
    expect(readEmbeddedService(pageWith('{ not json'), 'test-service', undefined)).toBeUndefined();
    expect(
      readEmbeddedService(pageWith('{"code":"test-service"}'), 'test-service', undefined),
    ).toBeUndefined();
    expect(
      readEmbeddedService(pageWith(JSON.stringify(published), 'text/javascript'), 'test-service', undefined),
    ).toBeUndefined();
  });
});
