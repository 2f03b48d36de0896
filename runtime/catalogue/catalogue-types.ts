/** What the public catalogue API answers (server/routes/catalogue/catalogue-schemas.ts). */
import type { LifeSituation } from '../../schema/register/life-situations.ts';
import type { ServiceRegister } from '../../schema/register/service-register.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';

export interface CatalogueEntry {
  code: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  agency: { code: string; name: LocalizedText };
  targetProcessingTime: string;
  register: ServiceRegister;
  publishedAt: string;
  links: { page: string; apply: string; pageUrl: string; applyUrl: string };
}

export interface CataloguePage {
  total: number;
  page: number;
  pageSize: number;
  entries: CatalogueEntry[];
}

export type LifeSituationSummary = LifeSituation & { serviceCount: number };
export type LifeSituationWithServices = LifeSituationSummary & { services: CatalogueEntry[] };

/** An agency that has services in the catalogue (GET /api/catalogue/agencies). */
export interface CatalogueAgency {
  code: string;
  name: { lv: string; en: string };
  serviceCount: number;
}
