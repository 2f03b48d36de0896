/**
 * PostgreSQL tables of complaints and suggestions (issue 7), re-exported from tables.ts so
 * drizzle-kit sees them. Column-for-column in step with ../sqlite/feedback-tables.ts. Kept apart
 * from the request registry's tables on purpose: service statistics must not count feedback.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { FeedbackEventSource, FeedbackKind, FeedbackStatus } from '../feedback-records.ts';
import type { RepresentedParty } from '../represented-party.ts';
import { agencies, services } from './tables.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** One row per feedback: what was written, by whom, to which agency, and its current status. */
export const feedback = pgTable(
  'feedback',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    kind: text('kind').$type<FeedbackKind>().notNull(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    serviceCode: text('service_code').references(() => services.code),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    authorSubject: text('author_subject').notNull(),
    authorPersonalCode: text('author_personal_code').notNull(),
    authorName: text('author_name').notNull(),
    represented: jsonb('represented').$type<RepresentedParty>(),
    status: text('status').$type<FeedbackStatus>().notNull(),
    lastSequence: integer('last_sequence').notNull(),
    final: boolean('final').notNull(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('feedback_reference_unique').on(t.reference),
    index('feedback_agency_idx').on(t.agencyId, t.status, t.updatedAt),
    index('feedback_author_idx').on(t.authorPersonalCode, t.createdAt),
    uniqueIndex('feedback_idempotency_unique')
      .on(t.authorPersonalCode, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
  ],
);

/** Append-only, ordered history (a database trigger refuses updates and deletes). */
export const feedbackEvents = pgTable(
  'feedback_events',
  {
    feedbackId: text('feedback_id')
      .notNull()
      .references(() => feedback.id),
    sequence: integer('sequence').notNull(),
    status: text('status').$type<FeedbackStatus>().notNull(),
    source: text('source').$type<FeedbackEventSource>().notNull(),
    message: text('message'),
    actor: text('actor').notNull(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    at: instant('at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'feedback_events_pk', columns: [t.feedbackId, t.sequence] }),
    uniqueIndex('feedback_events_idempotency_unique')
      .on(t.feedbackId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
  ],
);
