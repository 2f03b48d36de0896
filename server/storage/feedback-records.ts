/**
 * Complaints and suggestions (issue 7, P13): feedback about a service or the platform, routed to
 * an agency and tracked with an append-only history like a request. Separate tables from the
 * request registry, so the service statistics (which read the request history) never count it.
 *
 * Conventions as in repository.ts: ISO 8601 UTC timestamps, JSON values plain.
 */
import type { FeedbackKind, FeedbackStatus } from '../../schema/feedback/feedback-model.ts';
import type { RepresentedParty } from './represented-party.ts';
import type { NotificationRecord } from './request-records.ts';

export type { FeedbackKind, FeedbackStatus };

export interface FeedbackRecord {
  id: string;
  /** What the person quotes: `FB-7K3M-9QXP-2HDT` (random, not enumerable). Unique. */
  reference: string;
  kind: FeedbackKind;
  /** The agency that handles it: the service's owner, or the platform operator. */
  agencyId: string;
  /** The service it is about; null for feedback about the platform itself. */
  serviceCode: string | null;
  subject: string;
  body: string;
  /** The signed-in person who wrote it (OIDC subject, personal code, name). */
  authorSubject: string;
  authorPersonalCode: string;
  authorName: string;
  /** The company or grantor it was written for, when the person acted on someone's behalf. */
  represented: RepresentedParty | null;
  /** Current status: a projection of the history, moved in the same transaction. */
  status: FeedbackStatus;
  lastSequence: number;
  final: boolean;
  /** Unique per author when present: a retried filing returns the first. */
  idempotencyKey: string | null;
  requestHash: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Who wrote a history entry: the platform (filing), the agency, or the person (a reply). */
export type FeedbackEventSource = 'platform' | 'agency' | 'author';

/** One entry of the append-only history: a status (possibly unchanged) and an optional message. */
export interface FeedbackEventRecord {
  feedbackId: string;
  /** 1, 2, 3, ... per feedback, without gaps (1 = submitted). */
  sequence: number;
  status: FeedbackStatus;
  source: FeedbackEventSource;
  /** The agency's answer or question, or the person's reply; plain text. */
  message: string | null;
  /** `platform`, `api-key:<id>`, `user:<subject>`. */
  actor: string;
  idempotencyKey: string | null;
  requestHash: string | null;
  at: string;
}

export interface NewFeedbackEvent {
  feedbackId: string;
  status: FeedbackStatus;
  source: FeedbackEventSource;
  message: string | null;
  actor: string;
  idempotencyKey: string | null;
  requestHash: string | null;
  final: boolean;
  at: string;
  /** Queued in the same transaction (the notification outbox). */
  notifications: NotificationRecord[];
}

export interface AppendFeedbackOptions {
  /** A change after a final status (reopening) is allowed only with this. */
  allowAfterFinal?: boolean;
  /** Append only while the current status is one of these (a reply only when asked). */
  onlyFrom?: readonly FeedbackStatus[];
}

export type AppendFeedbackResult =
  | { ok: true; event: FeedbackEventRecord; replayed: boolean }
  | {
      ok: false;
      reason: 'not_found' | 'final' | 'key_reused' | 'not_allowed_now';
      current?: FeedbackRecord;
    };

export type FileFeedbackResult =
  | { ok: true; created: boolean; record: FeedbackRecord }
  | { ok: false; reason: 'key_reused'; record: FeedbackRecord };

export interface FeedbackListQuery {
  agencyId: string;
  status?: FeedbackStatus;
  kind?: FeedbackKind;
  serviceCode?: string;
  /** Only feedback about the platform itself (no service). */
  platformOnly?: boolean;
  limit: number;
  offset: number;
}

export interface FeedbackRepository {
  /**
   * Stores new feedback with its first history entry (`submitted`) in one transaction. A filing
   * whose idempotency key this author used before returns the stored one (`created: false`), or
   * `key_reused` when the content differs.
   */
  file(record: FeedbackRecord): Promise<FileFeedbackResult>;
  getByReference(reference: string): Promise<FeedbackRecord | null>;
  /** The agency's feedback, most recently changed first. */
  list(query: FeedbackListQuery): Promise<FeedbackRecord[]>;
  /** The person's own feedback, newest first. */
  listForAuthor(personalCode: string, limit: number): Promise<FeedbackRecord[]>;
  /** Oldest first. */
  listEvents(feedbackId: string): Promise<FeedbackEventRecord[]>;
  /**
   * Appends to the history and moves the current status, with the notifications, in one
   * transaction. Rules: the feedback must exist; a seen idempotency key returns that entry (or
   * key_reused); `onlyFrom` must hold; after a final status only with `allowAfterFinal`.
   */
  append(event: NewFeedbackEvent, options?: AppendFeedbackOptions): Promise<AppendFeedbackResult>;
}

/** The first history entry, written with the feedback. */
export function filedEvent(record: FeedbackRecord): FeedbackEventRecord {
  return {
    feedbackId: record.id,
    sequence: 1,
    status: 'submitted',
    source: 'platform',
    message: null,
    actor: 'platform',
    idempotencyKey: null,
    requestHash: null,
    at: record.createdAt,
  };
}
