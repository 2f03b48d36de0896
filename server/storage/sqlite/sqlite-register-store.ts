/**
 * Service register storage on SQLite (issue 7): the catalogue index with its FTS5 table, and
 * reviewed publishing. `indexPublished` and `unindex` run inside the caller's transaction (the
 * repository's publish and retire), so the catalogue never shows a version that did not commit.
 */
import { and, asc, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import { buildCatalogueRow, groupHistories, listColumn } from '../../register/catalogue-row.ts';
import { searchWords, toFts5Query } from '../../register/fold-search-text.ts';
import type {
  CatalogueEntry,
  CatalogueQuery,
  CatalogueRepository,
  ReviewDecisionResult,
  ReviewRecord,
  ReviewRepository,
} from '../register-records.ts';
import { DuplicateError } from '../repository.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import { findUniqueViolation } from '../unique-violation.ts';
import type { SqliteDb } from './open-sqlite.ts';
import {
  agencies,
  agencyPublishingSettings,
  catalogueEntries,
  requestStates,
  requestStatusEvents,
  serviceRatings,
  serviceReviews,
  services,
  serviceVersions,
} from './tables.ts';

type Tx = Parameters<Parameters<SqliteDb['transaction']>[0]>[0];
type Db = SqliteDb | Tx;

/** The FTS5 virtual table (made by migration 0007 by hand); declared here only to query it. */
const catalogueSearch = sqliteTable('catalogue_search', {
  serviceCode: text('service_code').notNull(),
  searchText: text('search_text').notNull(),
});

const entryColumns = {
  row: catalogueEntries,
  agencyCode: agencies.code,
  agencyName: agencies.name,
};

function toEntry(result: {
  row: typeof catalogueEntries.$inferSelect;
  agencyCode: string;
  agencyName: { lv: string; en: string };
}): CatalogueEntry {
  const { row } = result;
  return {
    serviceCode: row.serviceCode,
    agencyId: row.agencyId,
    agencyCode: result.agencyCode,
    agencyName: result.agencyName,
    version: row.version,
    title: row.title,
    description: row.description,
    targetProcessingTime: row.targetProcessingTime,
    register: row.register,
    publishedAt: row.publishedAt,
  };
}

/** Writes (or replaces) the catalogue row and its full-text row for a version that is now live. */
export function indexPublishedSqlite(
  tx: Db,
  definition: ServiceDefinition,
  agencyId: string,
  version: number,
  publishedAt: string,
): void {
  const row = buildCatalogueRow(definition, agencyId, version, publishedAt);
  tx.insert(catalogueEntries)
    .values(row)
    .onConflictDoUpdate({ target: catalogueEntries.serviceCode, set: row })
    .run();
  tx.run(sql`delete from catalogue_search where service_code = ${row.serviceCode}`);
  tx.run(
    sql`insert into catalogue_search (service_code, search_text) values (${row.serviceCode}, ${row.searchText})`,
  );
}

/** Takes a retired service out of the catalogue. */
export function unindexSqlite(tx: Db, serviceCode: string): void {
  tx.delete(catalogueEntries).where(eq(catalogueEntries.serviceCode, serviceCode)).run();
  tx.run(sql`delete from catalogue_search where service_code = ${serviceCode}`);
}

export function createSqliteRegisterStore(db: SqliteDb): {
  catalogue: CatalogueRepository;
  reviews: ReviewRepository;
} {
  function filters(query: CatalogueQuery): SQL[] {
    const where: SQL[] = [];
    if (query.audience) where.push(like(catalogueEntries.audience, `%${listColumn([query.audience])}%`));
    if (query.lifeSituation)
      where.push(like(catalogueEntries.lifeSituations, `%${listColumn([query.lifeSituation])}%`));
    if (query.agencyCode) where.push(eq(agencies.code, query.agencyCode));
    return where;
  }

  /**
   * The page's rows in the order given. Sorting and paging pick only the codes: sorting whole rows
   * (with their JSON) over thousands of matches cost several times more (issue 7 benchmark).
   */
  function entriesInOrder(codes: string[]): CatalogueEntry[] {
    if (codes.length === 0) return [];
    const rows = db
      .select(entryColumns)
      .from(catalogueEntries)
      .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
      .where(inArray(catalogueEntries.serviceCode, codes))
      .all();
    const byCode = new Map(rows.map((row) => [row.row.serviceCode, row]));
    return codes.flatMap((code) => {
      const row = byCode.get(code);
      return row ? [toEntry(row)] : [];
    });
  }

  const catalogue: CatalogueRepository = {
    async search(query) {
      const words = query.text ? searchWords(query.text) : [];
      const where = filters(query);
      const byTitle = query.language === 'en' ? catalogueEntries.titleEn : catalogueEntries.titleLv;
      if (words.length === 0) {
        const condition = where.length > 0 ? and(...where) : undefined;
        const total =
          db
            .select({ total: sql<number>`count(*)` })
            .from(catalogueEntries)
            .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
            .where(condition)
            .get()?.total ?? 0;
        const codes = db
          .select({ code: catalogueEntries.serviceCode })
          .from(catalogueEntries)
          .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
          .where(condition)
          .orderBy(asc(byTitle), asc(catalogueEntries.serviceCode))
          .limit(query.limit)
          .offset(query.offset)
          .all();
        return { total, entries: entriesInOrder(codes.map((row) => row.code)) };
      }
      const condition = and(sql`catalogue_search MATCH ${toFts5Query(words)}`, ...where);
      const total =
        db
          .select({ total: sql<number>`count(*)` })
          .from(catalogueSearch)
          .innerJoin(catalogueEntries, eq(catalogueEntries.serviceCode, catalogueSearch.serviceCode))
          .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
          .where(condition)
          .get()?.total ?? 0;
      const codes = db
        .select({ code: catalogueEntries.serviceCode })
        .from(catalogueSearch)
        .innerJoin(catalogueEntries, eq(catalogueEntries.serviceCode, catalogueSearch.serviceCode))
        .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
        .where(condition)
        .orderBy(sql`bm25(catalogue_search)`, asc(byTitle), asc(catalogueEntries.serviceCode))
        .limit(query.limit)
        .offset(query.offset)
        .all();
      return { total, entries: entriesInOrder(codes.map((row) => row.code)) };
    },
    async get(serviceCode) {
      const row = db
        .select(entryColumns)
        .from(catalogueEntries)
        .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
        .where(eq(catalogueEntries.serviceCode, serviceCode))
        .get();
      return row ? toEntry(row) : null;
    },
    async listAll() {
      return db
        .select(entryColumns)
        .from(catalogueEntries)
        .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
        .orderBy(asc(catalogueEntries.serviceCode))
        .all()
        .map(toEntry);
    },
    async listAgencies() {
      return db
        .select({ code: agencies.code, name: agencies.name, serviceCount: sql<number>`count(*)` })
        .from(catalogueEntries)
        .innerJoin(agencies, eq(agencies.id, catalogueEntries.agencyId))
        .groupBy(agencies.id)
        .orderBy(asc(agencies.code))
        .all();
    },
    async addRating(rating) {
      try {
        db.insert(serviceRatings)
          .values({ ...rating, createdAt: toIsoUtc(rating.createdAt) })
          .run();
        return true;
      } catch (error) {
        if (findUniqueViolation(error)) return false;
        throw error;
      }
    },
    async ratingSummary(serviceCode) {
      const row = db
        .select({ average: sql<number | null>`avg(${serviceRatings.score})`, count: sql<number>`count(*)` })
        .from(serviceRatings)
        .where(eq(serviceRatings.serviceCode, serviceCode))
        .get();
      const average = row?.average ?? null;
      return {
        average: average === null ? null : Math.round(Number(average) * 10) / 10,
        count: Number(row?.count ?? 0),
      };
    },
    async listStatusHistories(serviceCode) {
      const rows = db
        .select({
          id: requestStatusEvents.submissionId,
          status: requestStatusEvents.status,
          at: requestStatusEvents.at,
        })
        .from(requestStatusEvents)
        .innerJoin(requestStates, eq(requestStates.submissionId, requestStatusEvents.submissionId))
        .where(eq(requestStates.serviceCode, serviceCode))
        .orderBy(asc(requestStatusEvents.submissionId), asc(requestStatusEvents.sequence))
        .all();
      return groupHistories(rows);
    },
    async rebuild() {
      return db.transaction((tx) => {
        tx.delete(catalogueEntries).run();
        tx.run(sql`delete from catalogue_search`);
        const live = tx
          .select({ service: services, version: serviceVersions })
          .from(services)
          .innerJoin(
            serviceVersions,
            and(
              eq(serviceVersions.serviceCode, services.code),
              eq(serviceVersions.version, services.latestVersion),
            ),
          )
          .where(eq(services.status, 'published'))
          .all();
        for (const { service, version } of live) {
          indexPublishedSqlite(
            tx,
            version.definition,
            service.agencyId,
            version.version,
            version.publishedAt,
          );
        }
        return live.length;
      });
    },
  };

  const reviewById = (tx: Db, id: string) =>
    tx.select().from(serviceReviews).where(eq(serviceReviews.id, id)).get() ?? null;

  const reviews: ReviewRepository = {
    async create(record) {
      try {
        db.insert(serviceReviews)
          .values({ ...record, submittedAt: toIsoUtc(record.submittedAt) })
          .run();
      } catch (error) {
        if (findUniqueViolation(error)) throw new DuplicateError('pending review', record.serviceCode);
        throw error;
      }
      return record;
    },
    async get(id) {
      return reviewById(db, id);
    },
    async listByAgency(agencyId, state) {
      return db
        .select()
        .from(serviceReviews)
        .where(
          and(eq(serviceReviews.agencyId, agencyId), state ? eq(serviceReviews.state, state) : undefined),
        )
        .orderBy(desc(serviceReviews.submittedAt), desc(serviceReviews.id))
        .all();
    },
    async listByService(serviceCode) {
      return db
        .select()
        .from(serviceReviews)
        .where(eq(serviceReviews.serviceCode, serviceCode))
        .orderBy(desc(serviceReviews.submittedAt), desc(serviceReviews.id))
        .all();
    },
    async returnForChanges(id, decidedBy, comment, at) {
      const updated = db
        .update(serviceReviews)
        .set({ state: 'returned', decidedBy, decidedAt: toIsoUtc(at), comment })
        .where(and(eq(serviceReviews.id, id), eq(serviceReviews.state, 'pending')))
        .returning()
        .get();
      if (updated) return { ok: true, review: updated };
      return reviewById(db, id)
        ? { ok: false, reason: 'already_decided' }
        : { ok: false, reason: 'not_found' };
    },
    async approve(id, decidedBy, comment, when) {
      const at = toIsoUtc(when);
      return db.transaction(
        (tx): ReviewDecisionResult => {
          const review = reviewById(tx, id);
          if (!review) return { ok: false, reason: 'not_found' };
          if (review.state !== 'pending') return { ok: false, reason: 'already_decided' };
          const service = tx.select().from(services).where(eq(services.code, review.serviceCode)).get();
          if (!service || service.status === 'retired') return { ok: false, reason: 'retired' };
          // The same steps as the repository's publish, in this transaction with the approval.
          const version = (service.latestVersion ?? 0) + 1;
          const definition = { ...review.definition, version, state: 'published' as const };
          tx.insert(serviceVersions)
            .values({
              serviceCode: service.code,
              version,
              definition,
              publishedAt: at,
              publishedBy: review.submittedBy,
            })
            .run();
          tx.update(services)
            .set({ status: 'published', latestVersion: version, updatedAt: at })
            .where(eq(services.code, service.code))
            .run();
          indexPublishedSqlite(tx, definition, service.agencyId, version, at);
          const approved = tx
            .update(serviceReviews)
            .set({ state: 'approved', decidedBy, decidedAt: at, comment, publishedVersion: version })
            .where(eq(serviceReviews.id, id))
            .returning()
            .get() as ReviewRecord;
          return { ok: true, review: approved };
        },
        { behavior: 'immediate' },
      );
    },
    async reviewRequired(agencyId) {
      const row = db
        .select()
        .from(agencyPublishingSettings)
        .where(eq(agencyPublishingSettings.agencyId, agencyId))
        .get();
      return row?.reviewRequired ?? false;
    },
    async setReviewRequired(agencyId, required, by, at) {
      const values = { agencyId, reviewRequired: required, updatedBy: by, updatedAt: toIsoUtc(at) };
      db.insert(agencyPublishingSettings)
        .values(values)
        .onConflictDoUpdate({ target: agencyPublishingSettings.agencyId, set: values })
        .run();
    },
  };

  return { catalogue, reviews };
}
