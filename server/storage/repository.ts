/**
 * The storage boundary. Application code (routes, services, workers) is written once against
 * this interface; server/storage/sqlite/ and server/storage/postgres/ implement it with drizzle,
 * and one shared suite (repository.test.ts) runs against both engines.
 *
 * Conventions: timestamps are ISO 8601 strings in UTC; JSON columns hold plain JSON values;
 * methods that can lose a race return a result object instead of throwing.
 */
import type { AssuranceLevel, LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';
import type { StaffRole } from '../identity/eforms-claims.ts';
import type { AttachmentRepository, FormDraftRepository, SubmissionExtras } from './attachment-records.ts';
import type { DeliveryRepository } from './delivery-records.ts';
import type { FeedbackRepository } from './feedback-records.ts';
import type { CatalogueRepository, ReviewRepository } from './register-records.ts';
import type { RepresentedParty } from './represented-party.ts';
import type { RequestRepository } from './request-records.ts';
import type { StatisticsRepository } from './statistics-records.ts';

export type { StaffRole };

export interface AgencyRecord {
  id: string;
  /** Short, URL-safe code, e.g. `vid`. Unique. */
  code: string;
  name: LocalizedText;
  /** Enterprise-register number (11 digits); the e-address is `_DEFAULT@<number>`. */
  registrationNumber: string;
  createdAt: string;
}

export const API_KEY_SCOPES = [
  /** Create and edit drafts, publish, retire the agency's services (implies services:read). */
  'services:write',
  /** Read the agency's services and drafts and check them, without changing anything (reviewers). */
  'services:read',
  /** Approve or return versions of the agency's services submitted for review (issue 7). */
  'services:review',
  /** Read the agency's submissions. */
  'submissions:read',
  /** Manage the agency's webhook endpoints, see delivery status and attempts, replay (issue 6). */
  'deliveries:manage',
  /** Post status changes, write to applicants, manage status mappings: the request registry (issue 6). */
  'requests:manage',
  /** Manage the agency's API keys. */
  'keys:manage',
  /** Platform administration: create agencies; only for keys without an agency. */
  'platform:admin',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface ApiKeyRecord {
  id: string;
  /** Null for a platform key. */
  agencyId: string | null;
  name: string;
  /** Public lookup part of the key (`efp_<prefix>_<secret>`). Unique. */
  prefix: string;
  /** SHA-256 of the secret part, hex. The secret itself is never stored. */
  secretHash: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  revokedAt: string | null;
}

/** `draft`: never published; `published`: has at least one published version; `retired`: closed. */
export type ServiceStatus = 'draft' | 'published' | 'retired';

export interface ServiceRecord {
  code: string;
  agencyId: string;
  status: ServiceStatus;
  /** The working copy that designers edit. */
  draft: ServiceDefinition;
  /** Bumped on every draft save; a save names the revision it started from (optimistic locking). */
  draftRevision: number;
  /** Highest published version number, null before the first publish. */
  latestVersion: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ServiceVersionRecord {
  serviceCode: string;
  version: number;
  /** Immutable once written. */
  definition: ServiceDefinition;
  publishedAt: string;
  /** Who published: an API key id or a user subject. */
  publishedBy: string;
}

export interface SubmissionRecord {
  id: string;
  /** Human-friendly, random, unique reference (e.g. `EF-7K3M-9QXP-2HDT`). */
  reference: string;
  serviceCode: string;
  version: number;
  agencyId: string;
  data: Record<string, unknown>;
  /** Client-chosen key; unique per service when present. */
  idempotencyKey: string | null;
  /** SHA-256 of the canonical request, to tell a true retry from a reused key. */
  requestHash: string | null;
  /**
   * The signed-in person who submitted (issue 6: their workplace lists it); null or absent for
   * anonymous submissions. The subject is the provider's `sub`, the code hyphenated.
   */
  applicantSubject?: string | null;
  applicantPersonalCode?: string | null;
  /** Given and family name as the identity provider asserted them. */
  applicantName?: string | null;
  /** On whose behalf the applicant acted (issue 5); null or absent when for themselves. */
  represented?: RepresentedParty | null;
  createdAt: string;
}

export type DraftSaveResult =
  | { ok: true; record: ServiceRecord }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: ServiceRecord };

export type PublishResult =
  | { ok: true; version: ServiceVersionRecord }
  | { ok: false; reason: 'not_found' | 'retired' };

export type SubmissionInsertResult =
  | { created: true; record: SubmissionRecord }
  /** A submission with the same (serviceCode, idempotencyKey) exists; it is returned untouched. */
  | { created: false; existing: SubmissionRecord };

export interface SubmissionListQuery {
  agencyId: string;
  serviceCode?: string;
  /** Return submissions created strictly after this one (cursor = submission id of the last page). */
  after?: string;
  limit: number;
}

/** The portals one deployment serves; each has its own origin, cookies and OIDC client. */
export const PORTAL_IDS = ['central', 'business'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

/** What a session keeps from the ID token, besides subject and personal code (issue 5). */
export interface SessionClaims {
  givenName: string;
  familyName: string;
  assurance: AssuranceLevel;
  /** Staff roles the identity provider asserted; assignments are added per request. */
  roles: StaffRole[];
  /** The `agency` claim (an agency code) as asserted, or null. */
  agencyCode: string | null;
  /** `representations` claim values as asserted (`PK:...-UR:...`, `DP:...-PK:...`). */
  representations: string[];
}

export interface SessionRecord {
  /** SHA-256 (hex) of the session cookie's token; the token itself is never stored. */
  id: string;
  portal: PortalId;
  subject: string;
  personalCode: string;
  claims: SessionClaims;
  /** The agency named by the `agency` claim, resolved at sign-in; null for citizens. */
  agencyId: string | null;
  /** Kept for RP-initiated logout (`id_token_hint`). */
  idToken: string;
  /** Synchroniser token that cookie-authenticated state-changing requests must echo. */
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  /** Never later than absoluteExpiresAt. */
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** A sign-in under way: what the callback needs to finish it. Single use, short-lived. */
export interface LoginAttemptRecord {
  /** SHA-256 (hex) of the OAuth `state`. */
  stateHash: string;
  portal: PortalId;
  nonce: string;
  codeVerifier: string;
  /** Checked relative path to land on after sign-in. */
  returnTo: string;
  createdAt: string;
  expiresAt: string;
}

/** Roles an agency admin gave a person within one agency. */
export interface RoleAssignmentRecord {
  agencyId: string;
  /** Hyphenated Latvian personal code, as in the `personal_code` claim. */
  personalCode: string;
  roles: StaffRole[];
  updatedAt: string;
  /** principalId of who made the assignment. */
  updatedBy: string;
}

export interface AgencyRepository {
  /** Throws DuplicateError when the code is taken. */
  create(record: AgencyRecord): Promise<AgencyRecord>;
  getById(id: string): Promise<AgencyRecord | null>;
  getByCode(code: string): Promise<AgencyRecord | null>;
  list(): Promise<AgencyRecord[]>;
}

export interface ApiKeyRepository {
  create(record: ApiKeyRecord): Promise<ApiKeyRecord>;
  getByPrefix(prefix: string): Promise<ApiKeyRecord | null>;
  listByAgency(agencyId: string | null): Promise<ApiKeyRecord[]>;
  /** Sets revokedAt; returns false when no such key. */
  revoke(id: string, revokedAt: string): Promise<boolean>;
}

export interface ServiceRepository {
  /** Throws DuplicateError when the code is taken. */
  create(record: ServiceRecord): Promise<ServiceRecord>;
  get(code: string): Promise<ServiceRecord | null>;
  listByAgency(agencyId: string): Promise<ServiceRecord[]>;
  /** Replaces the draft when `baseRevision` is the current revision; bumps the revision. */
  saveDraft(
    code: string,
    draft: ServiceDefinition,
    baseRevision: number,
    at: string,
  ): Promise<DraftSaveResult>;
  /**
   * Atomically: version = latestVersion + 1, stores `definition` with that version number and
   * state `published` written into it, sets status `published` (unless retired) and latestVersion.
   * Two concurrent publishes get two different versions, never the same one.
   */
  publish(
    code: string,
    definition: ServiceDefinition,
    publishedBy: string,
    at: string,
  ): Promise<PublishResult>;
  /** Sets status `retired`; returns false when no such service. */
  retire(code: string, at: string): Promise<boolean>;
  getVersion(code: string, version: number): Promise<ServiceVersionRecord | null>;
  /** Newest first. */
  listVersions(code: string): Promise<ServiceVersionRecord[]>;
}

export interface SubmissionRepository {
  /**
   * Stores the submission durably (committed before the promise resolves). When
   * `record.idempotencyKey` is set and a submission with the same (serviceCode, idempotencyKey)
   * exists, nothing is written and the existing one is returned.
   */
  insert(record: SubmissionRecord, extras?: SubmissionExtras): Promise<SubmissionInsertResult>;
  getByReference(reference: string): Promise<SubmissionRecord | null>;
  /** Oldest first, by (createdAt, id). */
  list(query: SubmissionListQuery): Promise<SubmissionRecord[]>;
  /** The submissions a person made while signed in, newest first (by createdAt, id). */
  listByApplicant(personalCode: string, limit: number): Promise<SubmissionRecord[]>;
}

export interface SessionRepository {
  create(record: SessionRecord): Promise<SessionRecord>;
  get(id: string): Promise<SessionRecord | null>;
  /** Records activity: sets lastSeenAt and idleExpiresAt. False when the session is gone. */
  touch(id: string, lastSeenAt: string, idleExpiresAt: string): Promise<boolean>;
  /** False when there was no such session. */
  delete(id: string): Promise<boolean>;
  /** Removes sessions whose idle (and so also absolute) expiry is at or before `now`; returns how many. */
  deleteExpired(now: string): Promise<number>;
}

export interface LoginAttemptRepository {
  create(record: LoginAttemptRecord): Promise<LoginAttemptRecord>;
  /**
   * Removes the attempt and returns it when it had not expired at `now`. Atomic: of two
   * concurrent takes of one state, one gets the record and the other null (single use).
   */
  take(stateHash: string, now: string): Promise<LoginAttemptRecord | null>;
  /** Removes attempts that expired at or before `now`; returns how many. */
  deleteExpired(now: string): Promise<number>;
}

export interface RoleAssignmentRepository {
  get(agencyId: string, personalCode: string): Promise<RoleAssignmentRecord | null>;
  /** Replaces the person's roles in the agency; an empty list removes the assignment. */
  put(record: RoleAssignmentRecord): Promise<RoleAssignmentRecord>;
  /** Every agency's assignments for one person, by agency id. */
  listByPersonalCode(personalCode: string): Promise<RoleAssignmentRecord[]>;
}

export interface Repository {
  readonly dialect: 'sqlite' | 'postgresql';
  agencies: AgencyRepository;
  apiKeys: ApiKeyRepository;
  services: ServiceRepository;
  submissions: SubmissionRepository;
  sessions: SessionRepository;
  loginAttempts: LoginAttemptRepository;
  roleAssignments: RoleAssignmentRepository;
  /** Webhook endpoints, the delivery outbox, attempts, pull acknowledgements (issue 6). */
  delivery: DeliveryRepository;
  /** Uploaded files, download links and receipt tokens (issue 4). */
  attachments: AttachmentRepository;
  /** Form answers saved part-way: signed-in drafts and resume links (issue 4). */
  formDrafts: FormDraftRepository;
  /** The central request registry: statuses, history, mappings, messages, notifications (issue 6). */
  requests: RequestRepository;
  /** Each request's processing clock and the service statistics computed from them (issue 7). */
  statistics: StatisticsRepository;
  /** The public catalogue index, kept in step by publish and retire (issue 7). */
  catalogue: CatalogueRepository;
  /** Reviewed publishing: versions submitted for review and agencies' review setting (issue 7). */
  reviews: ReviewRepository;
  /** Complaints, suggestions and questions, tracked apart from requests (issue 7, P13). */
  feedback: FeedbackRepository;
  /** Cheap round trip for the health check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A unique constraint was violated (e.g. an agency or service code that is taken). */
export class DuplicateError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} already exists: ${key}`);
    this.name = 'DuplicateError';
  }
}
