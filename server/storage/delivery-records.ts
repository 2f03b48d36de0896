/**
 * Delivery records (issue 6): webhook endpoints, the transactional outbox of delivery jobs, the
 * attempt log, pull-API acknowledgements and the embedded e-address simulator's mailbox. Kept
 * apart from repository.ts so the delivery storage can change without touching the shared file.
 *
 * Conventions as in repository.ts: ISO 8601 UTC timestamps, JSON values plain.
 */
import type { SubmissionRecord } from './repository.ts';

export type DeliveryJobChannel = 'webhook' | 'e-address';
export type DeliveryJobState = 'pending' | 'delivered' | 'exhausted' | 'disabled';
export type EndpointState = 'active' | 'disabled';

export interface WebhookEndpointRecord {
  id: string;
  agencyId: string;
  url: string;
  description: string;
  /** Only these services' submissions; null: every service of the agency. */
  serviceCodes: string[] | null;
  /** AES-256-GCM ciphertext of the current `whsec_` secret (secret-box.ts). Never plain text. */
  secretCiphertext: string;
  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  previousSecretCiphertext: string | null;
  previousSecretExpiresAt: string | null;
  state: EndpointState;
  /** Why it was disabled: `gone` (410), `failing` (failed without pause for days), `manual`. */
  disabledReason: string | null;
  /** Start of the current unbroken run of failures; null while deliveries succeed. */
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryJobRecord {
  id: string;
  /** `msg_...`: the Standard Webhooks `webhook-id`, the same on every retry and replay. */
  messageId: string;
  submissionId: string;
  agencyId: string;
  channel: DeliveryJobChannel;
  /** For webhook jobs; null for e-address. */
  endpointId: string | null;
  /** `submission.created`, `request.message`, ... */
  eventType: string;
  /** Event-specific payload; null for `submission.created` (built from the submission when sent). */
  payload: Record<string, unknown> | null;
  state: DeliveryJobState;
  attempts: number;
  /** When a pending job is due; while claimed, the end of the lease (so a crashed worker's job comes back). */
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseExpiresAt: string | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveryAttemptRecord {
  id: string;
  jobId: string;
  attempt: number;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface NewDeliveryJob {
  submissionId: string;
  agencyId: string;
  channel: DeliveryJobChannel;
  endpointId: string | null;
  eventType: string;
  payload: Record<string, unknown> | null;
  at: string;
}

/** What the worker decided after one attempt of a claimed job. */
export interface AttemptOutcome {
  jobId: string;
  /** The claim's owner; a job whose lease passed to another worker is not touched. */
  leaseOwner: string;
  attempt: Omit<DeliveryAttemptRecord, 'id' | 'jobId' | 'attempt'>;
  state: DeliveryJobState;
  /** For `pending`: when to try again. */
  nextAttemptAt: string | null;
  lastError: string | null;
}

export type EndpointPatch = Partial<
  Pick<WebhookEndpointRecord, 'url' | 'description' | 'serviceCodes' | 'state' | 'disabledReason'>
>;

export interface SubmissionAckRecord {
  submissionId: string;
  agencyId: string;
  acknowledgedAt: string;
  acknowledgedBy: string;
}

export interface EAddressAttachment {
  name: string;
  mediaType: string;
  /** Hex SHA-512 of the content. */
  sha512: string;
  size: number;
  /** Base64 content (simulator only keeps small documents). */
  contentBase64: string;
}

/** One message in the embedded e-address simulator (either direction). */
export interface EAddressMessageRecord {
  id: string;
  /** `outgoing`: platform -> agency mailbox; `incoming`: agency -> platform (a reply). */
  direction: 'outgoing' | 'incoming';
  sender: string;
  recipient: string;
  senderReference: string;
  title: string;
  author: string;
  documentDate: string;
  documentKind: string;
  body: Record<string, unknown>;
  attachments: EAddressAttachment[];
  inReplyTo: string | null;
  createdAt: string;
  /** Delivery receipt (outgoing) or the platform's acknowledgement of a polled reply (incoming). */
  receiptAt: string | null;
}

export interface DeliveryRepository {
  createEndpoint(record: WebhookEndpointRecord): Promise<WebhookEndpointRecord>;
  getEndpoint(id: string): Promise<WebhookEndpointRecord | null>;
  listEndpoints(agencyId: string): Promise<WebhookEndpointRecord[]>;
  /** Null when there is no such endpoint. Re-enabling clears failingSince and the reason. */
  updateEndpoint(id: string, patch: EndpointPatch, at: string): Promise<WebhookEndpointRecord | null>;
  /** New current secret; the old one stays valid until `previousExpiresAt`. */
  rotateEndpointSecret(
    id: string,
    secretCiphertext: string,
    previousExpiresAt: string,
    at: string,
  ): Promise<WebhookEndpointRecord | null>;
  /** Removes the endpoint; its pending jobs become `disabled` (kept, replayable elsewhere by nobody). */
  deleteEndpoint(id: string, at: string): Promise<boolean>;
  /** Disables the endpoint and moves its pending jobs to `disabled`. */
  disableEndpoint(id: string, reason: string, at: string): Promise<void>;
  /** A success clears failingSince; a failure starts it when unset. Returns the endpoint after. */
  recordEndpointHealth(id: string, ok: boolean, at: string): Promise<WebhookEndpointRecord | null>;

  /** Adds jobs for a later event (e.g. `request.message`), committed before resolving. */
  enqueue(jobs: NewDeliveryJob[]): Promise<DeliveryJobRecord[]>;
  /**
   * Claims up to `limit` due pending jobs for `owner` until `now + leaseMs`. Two concurrent
   * claims never get the same job (SQLite: one UPDATE ... RETURNING; PostgreSQL: SKIP LOCKED).
   */
  claimDue(owner: string, now: string, leaseMs: number, limit: number): Promise<DeliveryJobRecord[]>;
  /**
   * Records the attempt and the job's new state, only while `owner` still holds the lease.
   * `firstDelivery` is true when this made the job's submission delivered for the first time.
   */
  completeAttempt(outcome: AttemptOutcome): Promise<{ applied: boolean; firstDelivery: boolean }>;
  /** The earliest nextAttemptAt of a pending job, or null: lets the worker sleep exactly. */
  nextDueAt(): Promise<string | null>;
  /** The submission a job delivers, by its id (jobs carry ids, the API uses references). */
  getSubmission(id: string): Promise<SubmissionRecord | null>;
  getJob(id: string): Promise<DeliveryJobRecord | null>;
  getJobByMessageId(messageId: string): Promise<DeliveryJobRecord | null>;
  listJobsForSubmission(submissionId: string): Promise<DeliveryJobRecord[]>;
  listAttempts(jobId: string): Promise<DeliveryAttemptRecord[]>;
  /** Exhausted or disabled jobs of the agency, oldest first, optionally created at or after `since`. */
  listFailed(agencyId: string, since: string | null, limit: number): Promise<DeliveryJobRecord[]>;
  /** Puts exhausted/disabled jobs back to pending now, attempts reset; ids kept. Returns how many. */
  replay(query: { agencyId: string; jobId?: string; since?: string }, at: string): Promise<number>;
  /** Counts by state (benchmarks, health). */
  countByState(): Promise<Record<DeliveryJobState, number>>;
  /** Runs `listener` after each commit that added jobs (the in-process worker wakes up). */
  onEnqueued(listener: () => void): () => void;

  /** Idempotent: the first acknowledgement wins; `first` tells whether this one was it. */
  acknowledge(record: SubmissionAckRecord): Promise<{ first: boolean; record: SubmissionAckRecord }>;
  getAcknowledgement(submissionId: string): Promise<SubmissionAckRecord | null>;
  /** Unacknowledged submission ids of the agency, oldest first. */
  listUnacknowledged(agencyId: string, limit: number): Promise<string[]>;

  /** The embedded e-address simulator's store (the real e-address keeps its own). */
  putEAddressMessage(record: EAddressMessageRecord): Promise<EAddressMessageRecord>;
  listEAddressMessages(query: {
    address?: string;
    direction?: 'outgoing' | 'incoming';
    unreceipted?: boolean;
    limit: number;
  }): Promise<EAddressMessageRecord[]>;
  getEAddressMessage(id: string): Promise<EAddressMessageRecord | null>;
  setEAddressReceipt(id: string, at: string): Promise<boolean>;
}
