/**
 * Storage records of the service register (issue 7): the public catalogue index and reviewed
 * publishing. The interfaces here are what application code uses; server/storage/sqlite/ and
 * server/storage/postgres/ implement them (register-store files), and register-repository.test.ts
 * runs the same suite on both engines.
 */
import type { Audience, ServiceRegister } from '../../schema/register/service-register.ts';
import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';

/** What the catalogue shows of a published service: the live version's public parts. */
export interface CatalogueEntry {
  serviceCode: string;
  agencyId: string;
  agencyCode: string;
  agencyName: LocalizedText;
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  targetProcessingTime: string;
  register: ServiceRegister;
  publishedAt: string;
}

export interface CatalogueAgency {
  code: string;
  name: { lv: string; en: string };
  serviceCount: number;
}

export interface CatalogueQuery {
  /** Free text in Latvian or English; anything a person types (quotes, operators) is safe. */
  text?: string;
  audience?: Audience;
  lifeSituation?: string;
  agencyCode?: string;
  /** Sort by title in this language when there is no search text. */
  language: 'lv' | 'en';
  offset: number;
  limit: number;
}

export interface CataloguePage {
  total: number;
  entries: CatalogueEntry[];
}

/** A citizen's rating of a service, once per completed request (issue 7). */
export interface RatingRecord {
  submissionId: string;
  serviceCode: string;
  /** 1 to 5. */
  score: number;
  comment: string | null;
  createdAt: string;
}

export const REVIEW_STATES = ['pending', 'returned', 'approved'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** A version submitted for review: the draft as it was then, frozen, and the decision. */
export interface ReviewRecord {
  id: string;
  serviceCode: string;
  agencyId: string;
  state: ReviewState;
  /** The draft submitted, checked; approving publishes exactly this. */
  definition: ServiceDefinition;
  /** The live version when it was submitted (the diff's left side); null before the first publish. */
  baseVersion: number | null;
  submittedBy: string;
  submittedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
  /** The version approving published. */
  publishedVersion: number | null;
}

export type ReviewDecisionResult =
  | { ok: true; review: ReviewRecord }
  | { ok: false; reason: 'not_found' | 'already_decided' | 'retired' };

export interface CatalogueRepository {
  search(query: CatalogueQuery): Promise<CataloguePage>;
  get(serviceCode: string): Promise<CatalogueEntry | null>;
  /** Every entry, by code (the CPSV-AP export). */
  listAll(): Promise<CatalogueEntry[]>;
  /** The agencies that have services in the catalogue, by code, with how many (the agency filter). */
  listAgencies(): Promise<CatalogueAgency[]>;
  /**
   * Every request's status history for one service (the central request registry), each oldest
   * first: what the service statistics are computed from.
   */
  listStatusHistories(serviceCode: string): Promise<Array<Array<{ status: string; at: string }>>>;
  /** Stores a rating; false when the request was already rated (one rating per request). */
  addRating(rating: RatingRecord): Promise<boolean>;
  /** Average score (one decimal) and how many ratings; average null when none. */
  ratingSummary(serviceCode: string): Promise<{ average: number | null; count: number }>;
  /** Rebuilds the index from the services' latest published versions (start-up repair). */
  rebuild(): Promise<number>;
}

export interface ReviewRepository {
  /** Throws DuplicateError when the service already has a pending review. */
  create(record: ReviewRecord): Promise<ReviewRecord>;
  get(id: string): Promise<ReviewRecord | null>;
  /** Newest first; `state` filters. */
  listByAgency(agencyId: string, state?: ReviewState): Promise<ReviewRecord[]>;
  listByService(serviceCode: string): Promise<ReviewRecord[]>;
  /** pending -> returned, atomically (a second decision gets already_decided). */
  returnForChanges(id: string, decidedBy: string, comment: string, at: string): Promise<ReviewDecisionResult>;
  /**
   * pending -> approved and the frozen definition published as the next version, in one
   * transaction: the version goes live only together with the approval.
   */
  approve(id: string, decidedBy: string, comment: string | null, at: string): Promise<ReviewDecisionResult>;
  reviewRequired(agencyId: string): Promise<boolean>;
  setReviewRequired(agencyId: string, required: boolean, by: string, at: string): Promise<void>;
}
