/**
 * The central request registry (issue 6): unified statuses, each request's append-only status
 * history, per-service status mappings, result documents, messages between agency and applicant,
 * and the notifications sent about them. Kept apart from repository.ts so this part of storage
 * changes without touching the shared file.
 *
 * Conventions as in repository.ts: ISO 8601 UTC timestamps, JSON values plain.
 */

import type { UnifiedStatus } from '../../schema/requests/unified-status.ts';
import type { SubmissionRecord } from './repository.ts';

export { UNIFIED_STATUSES, type UnifiedStatus } from '../../schema/requests/unified-status.ts';

export interface LocalizedPair {
  lv: string;
  en: string;
}

/** A message in Latvian and English, or one plain text (shown as is in either language). */
export interface MessageText {
  lv?: string;
  en?: string;
  text?: string;
}

/** The request's current state: a projection of its history, moved in the same transaction. */
export interface RequestStateRecord {
  submissionId: string;
  agencyId: string;
  serviceCode: string;
  status: UnifiedStatus;
  /** The agency's own code of the last change, null for platform-made changes. */
  agencyCode: string | null;
  /** Sequence number of the last history entry (1 = submitted). */
  lastSequence: number;
  /** A final status was reached; later changes need `allowAfterFinal`. */
  final: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StatusEventRecord {
  submissionId: string;
  /** 1, 2, 3, ... per submission, without gaps. */
  sequence: number;
  status: UnifiedStatus;
  agencyCode: string | null;
  /** What the citizen reads for this step (the mapping's text when it was written). */
  citizenText: LocalizedPair;
  message: MessageText | null;
  documentId: string | null;
  /** `platform`, `api-key:<id>`, `user:<subject>`. */
  actor: string;
  /** Unique per submission when present. */
  idempotencyKey: string | null;
  /** SHA-256 of the change, to tell a replay from a reused key. */
  requestHash: string | null;
  at: string;
}

export interface StatusMappingRecord {
  id: string;
  agencyId: string;
  serviceCode: string;
  /** The agency's own status code, unique per service. */
  code: string;
  status: UnifiedStatus;
  text: LocalizedPair;
  notify: boolean;
  final: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A result document or a message attachment: a small file kept in the database, or a link. */
export interface RequestDocumentRecord {
  id: string;
  submissionId: string;
  /** Set for a message's attachment. */
  messageId: string | null;
  title: string;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  content: Uint8Array | null;
  url: string | null;
  createdAt: string;
}

export type MessageDirection = 'to_applicant' | 'from_applicant';

export interface RequestMessageRecord {
  id: string;
  submissionId: string;
  agencyId: string;
  direction: MessageDirection;
  /** An agency message that asks the applicant for more information. */
  asksForInformation: boolean;
  body: string;
  /** `api-key:<id>`, `user:<subject>`. */
  author: string;
  /** The question an applicant's answer replies to. */
  inReplyTo: string | null;
  idempotencyKey: string | null;
  createdAt: string;
  /** For applicant messages: when the agency fetched/acknowledged it through the pull API. */
  agencyReadAt: string | null;
}

export type NotificationChannel = 'email' | 'sms';
export type NotificationLanguage = 'lv' | 'en';

export interface NotificationPreferenceRecord {
  personalCode: string;
  email: string | null;
  phone: string | null;
  channels: NotificationChannel[];
  language: NotificationLanguage;
  updatedAt: string;
}

export type NotificationState = 'pending' | 'sent' | 'failed';

/** One notification to send (the notification outbox): written with the change it tells about. */
export interface NotificationRecord {
  id: string;
  submissionId: string | null;
  channel: NotificationChannel;
  recipient: string;
  subject: string;
  body: string;
  state: NotificationState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** What the embedded capturing mail and SMS transports kept (the simulators, not real sending). */
export interface CapturedMessageRecord {
  id: string;
  channel: NotificationChannel;
  from: string;
  to: string;
  subject: string | null;
  text: string;
  createdAt: string;
}

/** A status change to append; the store assigns the sequence number. */
export interface NewStatusEvent {
  submissionId: string;
  status: UnifiedStatus;
  agencyCode: string | null;
  citizenText: LocalizedPair;
  message: MessageText | null;
  /** Stored with the event in the same transaction. */
  document: Omit<RequestDocumentRecord, 'messageId'> | null;
  actor: string;
  idempotencyKey: string | null;
  requestHash: string | null;
  final: boolean;
  at: string;
  /** Notifications to queue in the same transaction (empty when nobody is to be told). */
  notifications: NotificationRecord[];
}

export type AppendStatusResult =
  | { ok: true; event: StatusEventRecord; replayed: boolean }
  | {
      ok: false;
      reason: 'not_found' | 'final' | 'key_reused' | 'stale' | 'skipped';
      current?: RequestStateRecord;
    };

/**
 * Rules the store enforces inside its transaction: the request must exist; an idempotency key
 * seen before returns that event (or key_reused when the change differs); after a final status
 * nothing more unless `allowAfterFinal`; a change that happened (`at`) before the current status was
 * set is `stale` (an out-of-order update) and is not appended.
 */
export interface AppendStatusOptions {
  allowAfterFinal?: boolean;
  /** Append only while the current status is one of these (e.g. "received" only after "submitted"). */
  onlyFrom?: readonly UnifiedStatus[];
}

export interface RequestListQuery {
  agencyId: string;
  serviceCode?: string;
  status?: UnifiedStatus;
  /** Matches the reference (exact) or applicant name (contains). */
  search?: string;
  limit: number;
  offset: number;
}

export interface RequestListItem {
  submission: SubmissionRecord;
  state: RequestStateRecord;
  /** What the citizen reads for the current status (the last history entry's text). */
  statusText: LocalizedPair;
}

export interface RequestRepository {
  appendStatus(event: NewStatusEvent, options?: AppendStatusOptions): Promise<AppendStatusResult>;
  getState(submissionId: string): Promise<RequestStateRecord | null>;
  /** Oldest first. */
  listHistory(submissionId: string): Promise<StatusEventRecord[]>;
  list(query: RequestListQuery): Promise<RequestListItem[]>;
  /** Newest first: the requests an applicant submitted. */
  listForApplicant(personalCode: string, limit: number): Promise<RequestListItem[]>;

  putMapping(record: StatusMappingRecord): Promise<StatusMappingRecord>;
  listMappings(serviceCode: string): Promise<StatusMappingRecord[]>;
  deleteMapping(serviceCode: string, code: string): Promise<boolean>;

  getDocument(id: string): Promise<RequestDocumentRecord | null>;
  listDocuments(submissionId: string): Promise<Omit<RequestDocumentRecord, 'content'>[]>;

  /**
   * Adds a message with its attachments and notifications in one transaction; a message whose
   * idempotency key was seen for the submission returns the stored one (`created: false`).
   * `status`, when given, is appended in the same transaction (asking for information moves the
   * request to awaiting_applicant; an answer moves it back).
   */
  addMessage(input: {
    message: RequestMessageRecord;
    attachments: RequestDocumentRecord[];
    notifications: NotificationRecord[];
    status:
      | (Omit<NewStatusEvent, 'notifications' | 'document' | 'idempotencyKey' | 'requestHash'> & {
          onlyFrom?: readonly UnifiedStatus[];
        })
      | null;
  }): Promise<{ created: boolean; message: RequestMessageRecord }>;
  listMessages(submissionId: string): Promise<RequestMessageRecord[]>;
  /** Applicant messages of the agency the agency has not read, oldest first. */
  listUnreadFromApplicants(agencyId: string, limit: number): Promise<RequestMessageRecord[]>;
  markMessageRead(id: string, agencyId: string, at: string): Promise<boolean>;

  getPreferences(personalCode: string): Promise<NotificationPreferenceRecord | null>;
  putPreferences(record: NotificationPreferenceRecord): Promise<NotificationPreferenceRecord>;

  /** Pending notifications due at `now`, oldest first. */
  listDueNotifications(now: string, limit: number): Promise<NotificationRecord[]>;
  markNotification(
    id: string,
    outcome: {
      state: NotificationState;
      attempts: number;
      nextAttemptAt: string;
      lastError: string | null;
      sentAt: string | null;
    },
  ): Promise<void>;
  listNotifications(submissionId: string): Promise<NotificationRecord[]>;

  putCaptured(record: CapturedMessageRecord): Promise<void>;
  /** Newest first; optionally only those sent to `to`. */
  listCaptured(query: {
    channel?: NotificationChannel;
    to?: string;
    limit: number;
  }): Promise<CapturedMessageRecord[]>;
}

/** What the citizen reads for each unified status when the service has no mapping of its own. */
export const DEFAULT_STATUS_TEXTS: Readonly<Record<UnifiedStatus, LocalizedPair>> = {
  submitted: { lv: 'Iesniegts', en: 'Submitted' },
  received: { lv: 'Saņemts iestādē', en: 'Received by the agency' },
  in_progress: { lv: 'Tiek izskatīts', en: 'Being processed' },
  awaiting_applicant: { lv: 'Gaida jūsu atbildi', en: 'Waiting for your reply' },
  extended: { lv: 'Izskatīšanas termiņš pagarināts', en: 'Processing time extended' },
  completed: { lv: 'Pabeigts', en: 'Completed' },
  rejected: { lv: 'Atteikts', en: 'Refused' },
  withdrawn: { lv: 'Atsaukts', en: 'Withdrawn' },
};

/** Statuses after which a request is closed unless a change explicitly reopens it. */
export const FINAL_STATUSES: readonly UnifiedStatus[] = ['completed', 'rejected', 'withdrawn'];

/** The first history entry, written in the submission's own transaction. */
export function submittedEvent(submission: SubmissionRecord): {
  state: RequestStateRecord;
  event: StatusEventRecord;
} {
  return {
    state: {
      submissionId: submission.id,
      agencyId: submission.agencyId,
      serviceCode: submission.serviceCode,
      status: 'submitted',
      agencyCode: null,
      lastSequence: 1,
      final: false,
      createdAt: submission.createdAt,
      updatedAt: submission.createdAt,
    },
    event: {
      submissionId: submission.id,
      sequence: 1,
      status: 'submitted',
      agencyCode: null,
      citizenText: DEFAULT_STATUS_TEXTS.submitted,
      message: null,
      documentId: null,
      actor: 'platform',
      idempotencyKey: null,
      requestHash: null,
      at: submission.createdAt,
    },
  };
}
