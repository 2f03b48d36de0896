/**
 * What the catalogue index stores for a published version (issue 7): the public parts of the
 * definition, the filter columns and the folded text the full-text index holds. Pure, so both
 * engines' stores write exactly the same row.
 */
import { findLifeSituation } from '../../schema/register/life-situations.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { foldSearchText } from './fold-search-text.ts';

export interface CatalogueRow {
  serviceCode: string;
  agencyId: string;
  version: number;
  audience: string;
  lifeSituations: string;
  titleLv: string;
  titleEn: string;
  title: ServiceDefinition['title'];
  description: ServiceDefinition['description'];
  targetProcessingTime: string;
  register: ServiceDefinition['register'];
  searchText: string;
  publishedAt: string;
}

/** `|a|b|`, so `LIKE '%|a|%'` matches exactly one code. */
export const listColumn = (codes: readonly string[]) => `|${codes.join('|')}|`;

export function buildCatalogueRow(
  definition: ServiceDefinition,
  agencyId: string,
  version: number,
  publishedAt: string,
): CatalogueRow {
  const { register } = definition;
  const situations = register.lifeSituations.flatMap((code) => {
    const found = findLifeSituation(code);
    return found ? [found.name.lv, found.name.en] : [];
  });
  const text = [
    definition.code.replaceAll('-', ' '),
    definition.title.lv,
    definition.title.en,
    definition.description.lv,
    definition.description.en,
    ...register.keywords.lv,
    ...register.keywords.en,
    ...situations,
    ...register.outputs.flatMap((output) => [output.lv, output.en]),
  ].join('\n');
  return {
    serviceCode: definition.code,
    agencyId,
    version,
    audience: listColumn(register.audience),
    lifeSituations: listColumn(register.lifeSituations),
    titleLv: definition.title.lv,
    titleEn: definition.title.en,
    title: definition.title,
    description: definition.description,
    targetProcessingTime: definition.settings.targetProcessingTime,
    register,
    searchText: foldSearchText(text),
    publishedAt,
  };
}

/** Rows ordered by request, then sequence, as one history per request. */
export function groupHistories(
  rows: ReadonlyArray<{ id: string; status: string; at: string }>,
): Array<Array<{ status: string; at: string }>> {
  const byRequest = new Map<string, Array<{ status: string; at: string }>>();
  for (const row of rows) {
    const list = byRequest.get(row.id) ?? [];
    list.push({ status: row.status, at: row.at });
    byRequest.set(row.id, list);
  }
  return [...byRequest.values()];
}
