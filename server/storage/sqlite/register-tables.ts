/**
 * SQLite tables of the service register (issue 7), re-exported from tables.ts so drizzle-kit sees
 * them. Column-for-column in step with ../postgres/register-tables.ts. The full-text index is an
 * FTS5 table, `catalogue_search`, made by a hand-written migration (drizzle-kit does not know
 * virtual tables); the register stores keep it in step with `catalogue_entries`.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ServiceRegister } from '../../../schema/register/service-register.ts';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import type { ReviewState } from '../register-records.ts';
import { agencies, services, submissions } from './tables.ts';

/** One row per published, not retired service: its live version's public parts. */
export const catalogueEntries = sqliteTable(
  'catalogue_entries',
  {
    serviceCode: text('service_code')
      .primaryKey()
      .references(() => services.code),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    version: integer('version').notNull(),
    /** `|citizens|businesses|`: filtered with LIKE on a code from a closed alphabet. */
    audience: text('audience').notNull(),
    /** `|moving-house|birth-of-a-child|`, same way. */
    lifeSituations: text('life_situations').notNull(),
    titleLv: text('title_lv').notNull(),
    titleEn: text('title_en').notNull(),
    title: text('title', { mode: 'json' }).$type<{ lv: string; en: string }>().notNull(),
    description: text('description', { mode: 'json' }).$type<{ lv: string; en: string }>().notNull(),
    targetProcessingTime: text('target_processing_time').notNull(),
    register: text('register', { mode: 'json' }).$type<ServiceRegister>().notNull(),
    /** Folded (lower case, no diacritics) LV + EN text the full-text index holds. */
    searchText: text('search_text').notNull(),
    publishedAt: text('published_at').notNull(),
  },
  (t) => [index('catalogue_entries_agency_idx').on(t.agencyId)],
);

export const serviceReviews = sqliteTable(
  'service_reviews',
  {
    id: text('id').primaryKey(),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    state: text('state').$type<ReviewState>().notNull(),
    definition: text('definition', { mode: 'json' }).$type<ServiceDefinition>().notNull(),
    baseVersion: integer('base_version'),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: text('submitted_at').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: text('decided_at'),
    comment: text('comment'),
    publishedVersion: integer('published_version'),
  },
  (t) => [
    // At most one version of a service waits for review at a time.
    uniqueIndex('service_reviews_one_pending').on(t.serviceCode).where(sql`${t.state} = 'pending'`),
    index('service_reviews_agency_idx').on(t.agencyId, t.submittedAt),
    index('service_reviews_service_idx').on(t.serviceCode, t.submittedAt),
  ],
);

/** An agency's publishing rules; no row means publishing needs no review. */
export const agencyPublishingSettings = sqliteTable('agency_publishing_settings', {
  agencyId: text('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  reviewRequired: integer('review_required', { mode: 'boolean' }).notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** One rating per completed request (issue 7): 1-5 and an optional comment; averages are public. */
export const serviceRatings = sqliteTable(
  'service_ratings',
  {
    submissionId: text('submission_id')
      .primaryKey()
      .references(() => submissions.id),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
    score: integer('score').notNull(),
    comment: text('comment'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('service_ratings_service_idx').on(t.serviceCode)],
);
