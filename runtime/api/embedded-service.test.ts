import { describe, expect, it } from 'vitest';
import { EMBEDDED_SERVICE_ID } from '../../schema/embedded-page-data.ts';
import { readEmbeddedService } from './embedded-service.ts';
import { PUBLISHED_TEST_SERVICE, pageWith } from './testing/embedded-page.ts';

const published = PUBLISHED_TEST_SERVICE;
const page = (text: string, type?: string) => pageWith(EMBEDDED_SERVICE_ID, text, type);

describe('readEmbeddedService', () => {
  it('gives the version the server embedded for this address: the latest, or the one pinned', () => {
    const embedded = page(JSON.stringify(published));
    expect(readEmbeddedService(embedded, 'test-service', undefined)).toEqual(published);
    expect(readEmbeddedService(embedded, 'test-service', 3)).toEqual(published);
  });

  it('gives nothing for another service or version, so the runtime asks the API for the right one', () => {
    const embedded = page(JSON.stringify(published));
    expect(readEmbeddedService(embedded, 'other-service', undefined)).toBeUndefined();
    expect(readEmbeddedService(embedded, 'test-service', 2)).toBeUndefined();
  });

  it('gives nothing when there is no embedded version, or it is not one', () => {
    const none = pageWith(EMBEDDED_SERVICE_ID, undefined);
    expect(readEmbeddedService(none, 'test-service', undefined)).toBeUndefined();
    expect(readEmbeddedService(page('{ not json'), 'test-service', undefined)).toBeUndefined();
    expect(readEmbeddedService(page('{"code":"test-service"}'), 'test-service', undefined)).toBeUndefined();
    expect(
      readEmbeddedService(page(JSON.stringify(published), 'text/javascript'), 'test-service', undefined),
    ).toBeUndefined();
  });
});
