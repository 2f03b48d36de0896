/**
 * SQLite tables of the central request registry and notifications (issue 6), re-exported from
 * tables.ts so drizzle-kit sees them. Column-for-column in step with ../postgres/request-tables.ts.
 * Foreign keys are lazy thunks, so the circular import with tables.ts is harmless.
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  LocalizedPair,
  MessageDirection,
  MessageText,
  NotificationChannel,
  NotificationLanguage,
  NotificationState,
  UnifiedStatus,
} from '../request-records.ts';
import { services, submissions } from './tables.ts';

/** Current status per request: the projection the lists filter and sort on. */
export const requestStates = sqliteTable(
  'request_states',
  {
    submissionId: text('submission_id')
      .primaryKey()
      .references(() => submissions.id),
    agencyId: text('agency_id').notNull(),
    serviceCode: text('service_code').notNull(),
    status: text('status').$type<UnifiedStatus>().notNull(),
    agencyCode: text('agency_code'),
    lastSequence: integer('last_sequence').notNull(),
    final: integer('final', { mode: 'boolean' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('request_states_agency_idx').on(t.agencyId, t.status, t.updatedAt)],
);

/** Append-only, ordered status history: (submission, sequence) is the key. */
export const requestStatusEvents = sqliteTable(
  'request_status_events',
  {
    submissionId: text('submission_id')
      .notNull()
      .references(() => submissions.id),
    sequence: integer('sequence').notNull(),
    status: text('status').$type<UnifiedStatus>().notNull(),
    agencyCode: text('agency_code'),
    citizenText: text('citizen_text', { mode: 'json' }).$type<LocalizedPair>().notNull(),
    message: text('message', { mode: 'json' }).$type<MessageText>(),
    documentId: text('document_id'),
    actor: text('actor').notNull(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    at: text('at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'request_status_events_pk', columns: [t.submissionId, t.sequence] }),
    uniqueIndex('request_status_events_idempotency_unique')
      .on(t.submissionId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
  ],
);

/** Per service: the agency's own status codes mapped to the unified status (ZGW status types). */
export const requestStatusMappings = sqliteTable(
  'request_status_mappings',
  {
    id: text('id').primaryKey(),
    agencyId: text('agency_id').notNull(),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
    code: text('code').notNull(),
    status: text('status').$type<UnifiedStatus>().notNull(),
    text: text('text', { mode: 'json' }).$type<LocalizedPair>().notNull(),
    notify: integer('notify', { mode: 'boolean' }).notNull(),
    final: integer('final', { mode: 'boolean' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('request_status_mappings_code_unique').on(t.serviceCode, t.code)],
);

/** Result documents and message attachments: small files in the database, or links. */
export const requestDocuments = sqliteTable(
  'request_documents',
  {
    id: text('id').primaryKey(),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submissions.id),
    messageId: text('message_id'),
    title: text('title').notNull(),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: integer('size_bytes'),
    sha256: text('sha256'),
    content: blob('content', { mode: 'buffer' }).$type<Uint8Array>(),
    url: text('url'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('request_documents_submission_idx').on(t.submissionId)],
);

/** Messages between the agency and the applicant. */
export const requestMessages = sqliteTable(
  'request_messages',
  {
    id: text('id').primaryKey(),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submissions.id),
    agencyId: text('agency_id').notNull(),
    direction: text('direction').$type<MessageDirection>().notNull(),
    asksForInformation: integer('asks_for_information', { mode: 'boolean' }).notNull(),
    body: text('body').notNull(),
    author: text('author').notNull(),
    inReplyTo: text('in_reply_to'),
    idempotencyKey: text('idempotency_key'),
    createdAt: text('created_at').notNull(),
    agencyReadAt: text('agency_read_at'),
  },
  (t) => [
    index('request_messages_submission_idx').on(t.submissionId, t.createdAt),
    index('request_messages_unread_idx')
      .on(t.agencyId, t.createdAt)
      .where(sql`${t.direction} = 'from_applicant' and ${t.agencyReadAt} is null`),
    uniqueIndex('request_messages_idempotency_unique')
      .on(t.submissionId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
  ],
);

/** How a person wants to be told: set in the workplace. */
export const notificationPreferences = sqliteTable('notification_preferences', {
  personalCode: text('personal_code').primaryKey(),
  email: text('email'),
  phone: text('phone'),
  channels: text('channels', { mode: 'json' }).$type<NotificationChannel[]>().notNull(),
  language: text('language').$type<NotificationLanguage>().notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The notification outbox: written with the change, sent after commit by the notifier. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    submissionId: text('submission_id'),
    channel: text('channel').$type<NotificationChannel>().notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    state: text('state').$type<NotificationState>().notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [
    index('notifications_due_idx').on(t.state, t.nextAttemptAt),
    index('notifications_submission_idx').on(t.submissionId),
  ],
);

/** What the embedded capturing e-mail and SMS SIMULATORS received instead of sending. */
export const capturedMessages = sqliteTable(
  'captured_messages',
  {
    id: text('id').primaryKey(),
    channel: text('channel').$type<NotificationChannel>().notNull(),
    from: text('from').notNull(),
    to: text('to').notNull(),
    subject: text('subject'),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('captured_messages_to_idx').on(t.to, t.createdAt)],
);
