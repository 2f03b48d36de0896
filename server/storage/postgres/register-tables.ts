/**
 * PostgreSQL tables of the service register (issue 7), re-exported from tables.ts so drizzle-kit
 * sees them. Column-for-column in step with ../sqlite/register-tables.ts. Full-text search is a
 * GIN index on `to_tsvector('simple', search_text)`: the text is folded in JavaScript (lower
 * case, no diacritics) the same way for both engines, and PostgreSQL has no Latvian dictionary,
 * so the language-neutral `simple` configuration serves both languages alike.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ServiceRegister } from '../../../schema/register/service-register.ts';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import type { ReviewState } from '../register-records.ts';
import { agencies, services, submissions } from './tables.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    serviceCode: text('service_code')
      .primaryKey()
      .references(() => services.code),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    version: integer('version').notNull(),
    audience: text('audience').notNull(),
    lifeSituations: text('life_situations').notNull(),
    titleLv: text('title_lv').notNull(),
    titleEn: text('title_en').notNull(),
    title: jsonb('title').$type<{ lv: string; en: string }>().notNull(),
    description: jsonb('description').$type<{ lv: string; en: string }>().notNull(),
    targetProcessingTime: text('target_processing_time').notNull(),
    register: jsonb('register').$type<ServiceRegister>().notNull(),
    searchText: text('search_text').notNull(),
    publishedAt: instant('published_at').notNull(),
  },
  (t) => [
    index('catalogue_entries_agency_idx').on(t.agencyId),
    index('catalogue_entries_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
  ],
);

export const serviceReviews = pgTable(
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
    definition: jsonb('definition').$type<ServiceDefinition>().notNull(),
    baseVersion: integer('base_version'),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: instant('submitted_at').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: instant('decided_at'),
    comment: text('comment'),
    publishedVersion: integer('published_version'),
  },
  (t) => [
    uniqueIndex('service_reviews_one_pending').on(t.serviceCode).where(sql`${t.state} = 'pending'`),
    index('service_reviews_agency_idx').on(t.agencyId, t.submittedAt),
    index('service_reviews_service_idx').on(t.serviceCode, t.submittedAt),
  ],
);

export const agencyPublishingSettings = pgTable('agency_publishing_settings', {
  agencyId: text('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  reviewRequired: boolean('review_required').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const serviceRatings = pgTable(
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
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('service_ratings_service_idx').on(t.serviceCode)],
);
