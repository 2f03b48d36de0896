/**
 * The catalogue pages' own texts (issue 7), per language. Plain words for citizens and
 * businesses; service texts come from the register.
 */

import { latvianCount } from '../../schema/latvian-count.ts';
import type { Audience, ServiceChannel } from '../../schema/register/service-register.ts';
import type { Language } from '../../schema/service-definition.ts';

export interface CatalogueStrings {
  title: string;
  intro: string;
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  audienceLegend: string;
  audienceAll: string;
  audience: Record<Audience, string>;
  lifeSituationLabel: string;
  lifeSituationAll: string;
  agencyLabel: string;
  agencyAll: string;
  found: (n: number) => string;
  nothingFound: string;
  clearFilters: string;
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
  resultsLabel: string;
  lifeSituationsTitle: string;
  servicesCount: (n: number) => string;
  apply: string;
  byAgency: (agency: string) => string;
  loading: string;
  loadFailed: string;
  retry: string;
  backToCatalogue: string;
  lifeSituationNotFound: { title: string; body: string };
  serviceNotFound: { title: string; body: string };
  noServicesYet: string;
  service: {
    applyOnline: string;
    facts: string;
    agency: string;
    audience: string;
    cost: string;
    free: string;
    processingTime: string;
    within: (duration: string) => string;
    legalDeadline: string;
    channels: string;
    channel: Record<ServiceChannel, string>;
    howItIsDone: string;
    eligibility: string;
    requiredDocuments: string;
    outputs: string;
    faq: string;
    legalBasis: string;
    contact: string;
    email: string;
    phone: string;
    website: string;
    hours: string;
    lifeSituations: string;
  };
}

const lv: CatalogueStrings = {
  title: 'Pakalpojumu katalogs',
  intro: 'Atrodiet valsts un pašvaldību e-pakalpojumus un piesakieties tiešsaistē.',
  searchLabel: 'Meklēt pakalpojumu',
  searchHint: 'Piemēram: dzīvesvieta, izziņa, bērns',
  searchButton: 'Meklēt',
  audienceLegend: 'Kam pakalpojums paredzēts',
  audienceAll: 'Visiem',
  audience: { citizens: 'Iedzīvotājiem', businesses: 'Uzņēmumiem' },
  lifeSituationLabel: 'Dzīves situācija',
  lifeSituationAll: 'Visas situācijas',
  agencyLabel: 'Iestāde',
  agencyAll: 'Visas iestādes',
  found: (n) => (n === 0 ? 'Nav atrasts neviens pakalpojums' : `Atrasti pakalpojumi: ${n}`),
  nothingFound: 'Pamēģiniet citu vārdu vai noņemiet filtrus.',
  clearFilters: 'Rādīt visus pakalpojumus',
  previous: 'Iepriekšējā lapa',
  next: 'Nākamā lapa',
  pageOf: (page, pages) => `${page}. lapa no ${pages}`,
  resultsLabel: 'Meklēšanas rezultāti',
  lifeSituationsTitle: 'Pakalpojumi pēc dzīves situācijas',
  servicesCount: (n) => latvianCount(n, 'pakalpojums', 'pakalpojumi'),
  apply: 'Pieteikties',
  byAgency: (agency) => `Sniedz: ${agency}`,
  loading: 'Ielādē…',
  loadFailed: 'Neizdevās ielādēt. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
  retry: 'Mēģināt vēlreiz',
  backToCatalogue: 'Atpakaļ uz katalogu',
  lifeSituationNotFound: {
    title: 'Šādas dzīves situācijas nav',
    body: 'Iespējams, saite ir kļūdaina. Izvēlieties situāciju katalogā.',
  },
  serviceNotFound: {
    title: 'Pakalpojums nav atrasts',
    body: 'Šāda pakalpojuma katalogā nav vai tas vairs netiek sniegts.',
  },
  noServicesYet: 'Šai situācijai pakalpojumu vēl nav.',
  service: {
    applyOnline: 'Pieteikties tiešsaistē',
    facts: 'Īsumā',
    agency: 'Iestāde',
    audience: 'Kam',
    cost: 'Maksa',
    free: 'Bez maksas',
    processingTime: 'Izskatīšanas laiks',
    within: (duration) => `${duration} laikā`,
    legalDeadline: 'Likumā noteiktais termiņš',
    channels: 'Kā pieteikties',
    channel: { online: 'tiešsaistē', 'e-address': 'e-adresē', 'in-person': 'klātienē' },
    howItIsDone: 'Kā tas notiek',
    eligibility: 'Kas var pieteikties',
    requiredDocuments: 'Kas jums būs vajadzīgs',
    outputs: 'Ko jūs saņemsiet',
    faq: 'Biežāk uzdotie jautājumi',
    legalBasis: 'Tiesiskais pamats',
    contact: 'Saziņa',
    email: 'E-pasts',
    phone: 'Tālrunis',
    website: 'Tīmekļvietne',
    hours: 'Darba laiks',
    lifeSituations: 'Dzīves situācijas',
  },
};

const en: CatalogueStrings = {
  title: 'Service catalogue',
  intro: 'Find public e-services of the state and municipalities and apply online.',
  searchLabel: 'Search for a service',
  searchHint: 'For example: address, certificate, child',
  searchButton: 'Search',
  audienceLegend: 'Who the service is for',
  audienceAll: 'Everyone',
  audience: { citizens: 'People', businesses: 'Businesses' },
  lifeSituationLabel: 'Life situation',
  lifeSituationAll: 'All situations',
  agencyLabel: 'Agency',
  agencyAll: 'All agencies',
  found: (n) => (n === 0 ? 'No services found' : n === 1 ? '1 service found' : `${n} services found`),
  nothingFound: 'Try another word or remove the filters.',
  clearFilters: 'Show all services',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  resultsLabel: 'Search results',
  lifeSituationsTitle: 'Services by life situation',
  servicesCount: (n) => (n === 1 ? '1 service' : `${n} services`),
  apply: 'Apply',
  byAgency: (agency) => `Provided by ${agency}`,
  loading: 'Loading…',
  loadFailed: 'This could not be loaded. Check your internet connection and try again.',
  retry: 'Try again',
  backToCatalogue: 'Back to the catalogue',
  lifeSituationNotFound: {
    title: 'There is no such life situation',
    body: 'The link may be wrong. Choose a situation in the catalogue.',
  },
  serviceNotFound: {
    title: 'Service not found',
    body: 'The catalogue has no such service, or it is no longer provided.',
  },
  noServicesYet: 'There are no services for this situation yet.',
  service: {
    applyOnline: 'Apply online',
    facts: 'At a glance',
    agency: 'Agency',
    audience: 'For',
    cost: 'Cost',
    free: 'Free of charge',
    processingTime: 'Processing time',
    within: (duration) => `within ${duration}`,
    legalDeadline: 'Deadline set by law',
    channels: 'How to apply',
    channel: { online: 'online', 'e-address': 'by e-address', 'in-person': 'in person' },
    howItIsDone: 'How it is done',
    eligibility: 'Who can apply',
    requiredDocuments: 'What you will need',
    outputs: 'What you will get',
    faq: 'Frequently asked questions',
    legalBasis: 'Legal basis',
    contact: 'Contact',
    email: 'E-mail',
    phone: 'Phone',
    website: 'Website',
    hours: 'Opening hours',
    lifeSituations: 'Life situations',
  },
};

export const CATALOGUE_STRINGS: Record<Language, CatalogueStrings> = { lv, en };
