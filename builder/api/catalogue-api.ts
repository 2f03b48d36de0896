/**
 * What the staff screens read from the public catalogue (issue 7): a published service's name,
 * and an agency's published services for people whose role does not read the service register
 * (a case worker).
 */
import type { LocalizedText } from '../../schema/service-definition.ts';
import type { ApiClient } from './api-client.ts';

/** A published service as the catalogue lists it (only what the staff screens use). */
export interface CatalogueService {
  code: string;
  title: LocalizedText;
}

const enc = encodeURIComponent;

export function createCatalogueApi(api: ApiClient) {
  return {
    service: (code: string) => api.request<CatalogueService>('GET', `/catalogue/services/${enc(code)}`),
    agencyServices: (agency: string) =>
      api.request<{ entries: CatalogueService[] }>('GET', `/catalogue?agency=${enc(agency)}&pageSize=100`),
  };
}
