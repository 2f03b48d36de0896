/**
 * The catalogue as CPSV-AP JSON-LD (issue 7, P7): the EU Core Public Service Vocabulary
 * Application Profile (https://semiceu.github.io/CPSV-AP/), so other portals and the EU Single
 * Digital Gateway can take the register's services. Multilingual text is a list of language-
 * tagged values; durations are xsd:duration; cost is a cv:Cost in EUR.
 */
import { findLifeSituation } from '../../schema/register/life-situations.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';
import type { CatalogueEntry } from '../storage/register-records.ts';
import { serviceLinks } from './catalogue-view.ts';

export const CPSV_CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Both languages as JSON-LD language-tagged values; empty texts are left out. */
function tagged(text: LocalizedText): Array<{ '@value': string; '@language': string }> {
  return (['lv', 'en'] as const)
    .filter((language) => text[language].trim() !== '')
    .map((language) => ({ '@value': text[language], '@language': language }));
}

const AUDIENCE_LABEL = {
  citizens: { lv: 'Iedzīvotāji', en: 'Citizens' },
  businesses: { lv: 'Uzņēmumi', en: 'Businesses' },
} as const;

const CHANNEL_TYPE = {
  online: 'Online form',
  'e-address': 'Official e-address',
  'in-person': 'In person',
} as const;

function serviceNode(entry: CatalogueEntry, origin: string): Record<string, unknown> {
  const links = serviceLinks(entry.serviceCode, origin);
  const { register } = entry;
  const id = links.pageUrl;
  return {
    '@id': id,
    '@type': 'cpsv:PublicService',
    'dct:identifier': entry.serviceCode,
    'dct:title': tagged(entry.title),
    'dct:description': tagged(entry.description),
    'cv:hasCompetentAuthority': {
      '@id': `${origin}/agencies/${encodeURIComponent(entry.agencyCode)}`,
      '@type': 'cv:PublicOrganisation',
      'skos:prefLabel': tagged(entry.agencyName),
    },
    'cv:isGroupedBy': register.lifeSituations.flatMap((code) => {
      const situation = findLifeSituation(code);
      if (!situation) return [];
      return [
        {
          '@id': `${origin}/life-situations/${code}`,
          '@type': situation.audience === 'businesses' ? 'cv:BusinessEvent' : 'cv:LifeEvent',
          'dct:identifier': code,
          'dct:title': tagged(situation.name),
        },
      ];
    }),
    'cv:sector': register.audience.map((audience) => tagged(AUDIENCE_LABEL[audience])),
    'cv:hasChannel': register.channels.map((channel, index) => ({
      '@id': `${id}#channel-${index + 1}`,
      '@type': 'cv:Channel',
      'dct:type': CHANNEL_TYPE[channel],
      ...(channel === 'online' ? { 'cv:hasInput': links.applyUrl, 'dcat:accessURL': links.applyUrl } : {}),
    })),
    'cv:hasCost': {
      '@id': `${id}#cost`,
      '@type': 'cv:Cost',
      'cv:value': { '@value': register.cost.amountEur.toFixed(2), '@type': 'xsd:decimal' },
      'cv:currency': 'http://publications.europa.eu/resource/authority/currency/EUR',
      'dct:description': tagged(register.cost.note),
    },
    'cv:processingTime': { '@value': entry.targetProcessingTime, '@type': 'xsd:duration' },
    ...(register.legalDeadline
      ? { 'cv:legalDeadline': { '@value': register.legalDeadline, '@type': 'xsd:duration' } }
      : {}),
    'cv:hasLegalResource': register.legalBasis.map((basis) => ({
      '@type': 'eli:LegalResource',
      'dct:title': tagged(basis.title),
      ...(basis.url ? { 'eli:is_realized_by': basis.url } : {}),
    })),
    'cv:hasRequirement': tagged(register.eligibility).length
      ? [{ '@type': 'cv:Requirement', 'dct:description': tagged(register.eligibility) }]
      : [],
    'cv:hasInputEvidence': register.requiredDocuments.map((document) => ({
      '@type': 'cv:Evidence',
      'dct:title': tagged(document),
    })),
    'cv:produces': register.outputs.map((output) => ({ '@type': 'cv:Output', 'dct:title': tagged(output) })),
    'dcat:keyword': [
      ...register.keywords.lv.map((word) => ({ '@value': word, '@language': 'lv' })),
      ...register.keywords.en.map((word) => ({ '@value': word, '@language': 'en' })),
    ],
    'cv:hasContactPoint': {
      '@type': 'cv:ContactPoint',
      ...(register.contactPoint.email ? { 'schema:email': register.contactPoint.email } : {}),
      ...(register.contactPoint.phone ? { 'schema:telephone': register.contactPoint.phone } : {}),
      ...(register.contactPoint.url ? { 'schema:url': register.contactPoint.url } : {}),
      'schema:hoursAvailable': tagged(register.contactPoint.hours),
    },
    'foaf:homepage': links.pageUrl,
    'dct:modified': { '@value': entry.publishedAt, '@type': 'xsd:dateTime' },
  };
}

/**
 * The whole catalogue as one JSON-LD document.
 * @example buildCpsvJsonLd(await repo.catalogue.listAll(), 'https://eforms.example.lv')['@graph'].length
 */
export function buildCpsvJsonLd(entries: readonly CatalogueEntry[], origin: string) {
  return {
    '@context': CPSV_CONTEXT,
    '@id': `${origin}/api/catalogue/cpsv.jsonld`,
    '@graph': entries.map((entry) => serviceNode(entry, origin)),
  };
}
