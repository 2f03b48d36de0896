/**
 * The service register entry (issue 7, P7, P11): what the catalogue, the public service page and
 * the CPSV-AP export say about a service. It lives inside the service definition (model version
 * 3, `definition.register`), so it is versioned together with the form: a draft's entry is work
 * in progress, publishing freezes it with the form, and retiring removes both from the catalogue.
 *
 * Names follow the EU Core Public Service Vocabulary (CPSV-AP 3): audience ~ `cv:Participation`
 * roles, channels ~ `cv:Channel`, cost ~ `cv:Cost`, legal basis ~ `eli:LegalResource`, required
 * documents ~ `cv:Evidence`, outputs ~ `cv:Output`, contact point ~ `cv:ContactPoint`. The target
 * processing time stays where the form keeps it, `settings.targetProcessingTime`
 * (`cv:processingTime`).
 */
import type { RichTextDoc } from '../rich-text/rich-text-doc.ts';
import type { LocalizedText } from '../service-definition.ts';

export const AUDIENCES = ['citizens', 'businesses'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How a service can be requested: this platform's form, the official e-address, or at a desk. */
export const SERVICE_CHANNELS = ['online', 'e-address', 'in-person'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

export interface ServiceCost {
  /** In euro, at most two decimals; 0 means free of charge. */
  amountEur: number;
  /** What the fee depends on, how to pay; may be empty. */
  note: LocalizedText;
}

export interface LegalBasis {
  title: LocalizedText;
  /** Where the act can be read (likumi.lv); https only. Empty when there is none. */
  url: string;
}

export interface ContactPoint {
  email: string;
  phone: string;
  /** https only; empty when there is none. */
  url: string;
  /** Opening hours, in words; may be empty. */
  hours: LocalizedText;
}

export interface FaqEntry {
  question: LocalizedText;
  answer: LocalizedText;
}

/** A rich text per language: the neutral format of rich-text-doc.ts (never HTML). */
export interface LocalizedRichText {
  lv: RichTextDoc | null;
  en: RichTextDoc | null;
}

export interface ServiceRegister {
  audience: Audience[];
  /** Codes from the life situations register (life-situations.ts). */
  lifeSituations: string[];
  channels: ServiceChannel[];
  cost: ServiceCost;
  /** The longest time the law allows, ISO 8601 duration (e.g. `P1M`); null when the law sets none. */
  legalDeadline: string | null;
  legalBasis: LegalBasis[];
  /** Who may request the service; may be empty. */
  eligibility: LocalizedText;
  requiredDocuments: LocalizedText[];
  outputs: LocalizedText[];
  keywords: { lv: string[]; en: string[] };
  contactPoint: ContactPoint;
  faq: FaqEntry[];
  /** Step by step, how the service is done (P11). */
  howItIsDone: LocalizedRichText;
}

export const REGISTER_LIMITS = {
  listItems: 30,
  keywords: 30,
  keywordLength: 60,
  textLength: 2000,
  maxCostEur: 1_000_000,
} as const;

/** An empty entry, for new drafts and for definitions written before model version 3. */
export function emptyRegister(audience: Audience[] = ['citizens']): ServiceRegister {
  return {
    audience,
    lifeSituations: [],
    channels: ['online'],
    cost: { amountEur: 0, note: { lv: '', en: '' } },
    legalDeadline: null,
    legalBasis: [],
    eligibility: { lv: '', en: '' },
    requiredDocuments: [],
    outputs: [],
    keywords: { lv: [], en: [] },
    contactPoint: { email: '', phone: '', url: '', hours: { lv: '', en: '' } },
    faq: [],
    howItIsDone: { lv: null, en: null },
  };
}
