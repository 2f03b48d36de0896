/**
 * The catalogue entry as the public API gives it (issue 7, P4): the register entry with its
 * deep links, relative (for the portal that serves them) and absolute (for other catalogues).
 */
import type { CatalogueEntry } from '../storage/register-records.ts';

export interface CatalogueView {
  code: string;
  version: number;
  title: CatalogueEntry['title'];
  description: CatalogueEntry['description'];
  agency: { code: string; name: CatalogueEntry['agencyName'] };
  targetProcessingTime: string;
  register: CatalogueEntry['register'];
  publishedAt: string;
  links: { page: string; apply: string; pageUrl: string; applyUrl: string; definition: string };
}

/** Deep links of a service: its page and its form (P4). */
export function serviceLinks(code: string, origin: string) {
  const page = `/services/${encodeURIComponent(code)}`;
  const apply = `${page}/apply`;
  return {
    page,
    apply,
    pageUrl: `${origin}${page}`,
    applyUrl: `${origin}${apply}`,
    definition: `/api${page}`,
  };
}

export function toCatalogueView(entry: CatalogueEntry, origin: string): CatalogueView {
  return {
    code: entry.serviceCode,
    version: entry.version,
    title: entry.title,
    description: entry.description,
    agency: { code: entry.agencyCode, name: entry.agencyName },
    targetProcessingTime: entry.targetProcessingTime,
    register: entry.register,
    publishedAt: entry.publishedAt,
    links: serviceLinks(entry.serviceCode, origin),
  };
}
