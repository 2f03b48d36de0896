/**
 * Repository on SQLite (better-sqlite3 + drizzle). better-sqlite3 is synchronous, so every
 * multi-step operation runs inside one synchronous transaction: nothing else can interleave, and
 * an exception rolls the whole step back. Submissions are written through group commit
 * (group-commit.ts) so that durability (synchronous = FULL) does not cost one fsync per request.
 */
import { and, asc, desc, eq, gt, isNull, or, type SQL } from 'drizzle-orm';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import type { SubmissionExtras } from '../attachment-records.ts';
import {
  DuplicateError,
  type Repository,
  type SubmissionInsertResult,
  type SubmissionListQuery,
  type SubmissionRecord,
} from '../repository.ts';
import { toIsoUtc, toIsoUtcOrNull } from '../to-iso-utc.ts';
import { findUniqueViolation } from '../unique-violation.ts';
import { createGroupCommit, type ItemOutcome } from './group-commit.ts';
import type { SqliteDb } from './open-sqlite.ts';
import { createSqliteAttachmentStore } from './sqlite-attachment-store.ts';
import { createSqliteDeliveryStore } from './sqlite-delivery-store.ts';
import { createSqliteFeedbackStore } from './sqlite-feedback-store.ts';
import { createSqliteRegisterStore, indexPublishedSqlite, unindexSqlite } from './sqlite-register-store.ts';
import { createSqliteRequestStore } from './sqlite-request-store.ts';
import { createSqliteSignInStores } from './sqlite-sign-in-stores.ts';
import { prepareSqliteStatements } from './sqlite-statements.ts';
import { createSqliteStatisticsStore } from './sqlite-statistics-store.ts';
import { agencies, apiKeys, services, serviceVersions, submissions } from './tables.ts';

/**
 * @param db an open database (openSqlite); the repository owns it from now on and closes it.
 * @example
 * const repo = createSqliteRepository(openSqlite({ path: ':memory:' }));
 */
export function createSqliteRepository(db: SqliteDb): Repository {
  const q = prepareSqliteStatements(db);
  const delivery = createSqliteDeliveryStore(db);
  const attachmentStore = createSqliteAttachmentStore(db);
  /** What an insert also writes (files to bind, receipt token), handed past the group commit. */
  const extrasOf = new WeakMap<SubmissionRecord, SubmissionExtras>();
  const requests = createSqliteRequestStore(db);
  let outboxGrew = false;

  /**
   * Runs inside the batch transaction. The submission and its outbox jobs are written in a
   * savepoint, so a failed item leaves nothing behind and does not touch the others.
   */
  function insertSubmission(record: SubmissionRecord): SubmissionInsertResult {
    if (record.idempotencyKey !== null) {
      const existing = q.submissionByIdempotencyKey.get({
        serviceCode: record.serviceCode,
        idempotencyKey: record.idempotencyKey,
      });
      if (existing) return { created: false, existing };
    }
    const stored = {
      ...record,
      applicantSubject: record.applicantSubject ?? null,
      applicantPersonalCode: record.applicantPersonalCode ?? null,
      applicantName: record.applicantName ?? null,
      represented: record.represented ?? null,
      createdAt: toIsoUtc(record.createdAt),
    };
    try {
      // Transactional outbox (issue 6): the submission and its delivery jobs in one savepoint, so
      // a failure of either leaves neither (and the rest of the batch untouched).
      db.$client.transaction(() => {
        q.insertSubmission.run(stored);
        // Central request registry (issue 6): the history starts with "submitted", same savepoint.
        requests.addSubmitted(stored);
        if (delivery.addOutboxJobs(stored) > 0) outboxGrew = true;
        // Attachments (issue 4): the files the submission names are bound in the same savepoint.
        attachmentStore.writeSubmissionExtras(stored, extrasOf.get(record) ?? {});
      })();
    } catch (error) {
      if (findUniqueViolation(error)) throw new DuplicateError('submission', record.reference);
      throw error;
    }
    return { created: true, record: stored };
  }

  const submissionWrites = createGroupCommit<SubmissionRecord, SubmissionInsertResult>((records) => {
    outboxGrew = false;
    const outcomes = db.transaction(
      () =>
        records.map((record): ItemOutcome<SubmissionInsertResult> => {
          try {
            return { ok: true, value: insertSubmission(record) };
          } catch (error) {
            // Some errors (disk full, I/O) roll the whole transaction back. Then nothing of this
            // batch is stored: fail all of it rather than go on in autocommit mode.
            if (!db.$client.inTransaction) throw error;
            return { ok: false, error };
          }
        }),
      { behavior: 'immediate' },
    );
    // Committed: wake the in-process delivery worker (issue 6: new jobs are picked up at once).
    if (outboxGrew) delivery.notifyEnqueued();
    return outcomes;
  });

  function listSubmissions(query: SubmissionListQuery): SubmissionRecord[] {
    if (!Number.isInteger(query.limit) || query.limit < 0) {
      throw new Error(`submissions.list: limit must be a non-negative integer, got ${query.limit}`);
    }
    const where: SQL[] = [eq(submissions.agencyId, query.agencyId)];
    if (query.serviceCode !== undefined) where.push(eq(submissions.serviceCode, query.serviceCode));
    if (query.after !== undefined) {
      // The cursor must belong to the same agency: another agency's id is treated as unknown.
      const cursor = db
        .select({ createdAt: submissions.createdAt, id: submissions.id })
        .from(submissions)
        .where(and(eq(submissions.id, query.after), eq(submissions.agencyId, query.agencyId)))
        .get();
      if (!cursor) return [];
      where.push(
        or(
          gt(submissions.createdAt, cursor.createdAt),
          and(eq(submissions.createdAt, cursor.createdAt), gt(submissions.id, cursor.id)),
        )!,
      );
    }
    return db
      .select()
      .from(submissions)
      .where(and(...where))
      .orderBy(asc(submissions.createdAt), asc(submissions.id))
      .limit(query.limit)
      .all();
  }

  return {
    dialect: 'sqlite',

    agencies: {
      async create(record) {
        const stored = { ...record, createdAt: toIsoUtc(record.createdAt) };
        try {
          db.insert(agencies).values(stored).run();
        } catch (error) {
          const violation = findUniqueViolation(error);
          if (violation) {
            throw new DuplicateError('agency', violation.columns.includes('code') ? record.code : record.id);
          }
          throw error;
        }
        return stored;
      },
      async getById(id) {
        return q.agencyById.get({ id }) ?? null;
      },
      async getByCode(code) {
        return q.agencyByCode.get({ code }) ?? null;
      },
      async list() {
        return db.select().from(agencies).orderBy(asc(agencies.code)).all();
      },
    },

    apiKeys: {
      async create(record) {
        const stored = {
          ...record,
          createdAt: toIsoUtc(record.createdAt),
          revokedAt: toIsoUtcOrNull(record.revokedAt),
        };
        try {
          db.insert(apiKeys).values(stored).run();
        } catch (error) {
          const violation = findUniqueViolation(error);
          if (violation) {
            throw new DuplicateError(
              'api key',
              violation.columns.includes('prefix') ? record.prefix : record.id,
            );
          }
          throw error;
        }
        return stored;
      },
      async getByPrefix(prefix) {
        return q.apiKeyByPrefix.get({ prefix }) ?? null;
      },
      async listByAgency(agencyId) {
        const where = agencyId === null ? isNull(apiKeys.agencyId) : eq(apiKeys.agencyId, agencyId);
        return db.select().from(apiKeys).where(where).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id)).all();
      },
      async revoke(id, revokedAt) {
        const result = db
          .update(apiKeys)
          .set({ revokedAt: toIsoUtc(revokedAt) })
          .where(eq(apiKeys.id, id))
          .run();
        return result.changes > 0;
      },
    },

    services: {
      async create(record) {
        const stored = {
          ...record,
          createdAt: toIsoUtc(record.createdAt),
          updatedAt: toIsoUtc(record.updatedAt),
        };
        try {
          db.insert(services).values(stored).run();
        } catch (error) {
          if (findUniqueViolation(error)) throw new DuplicateError('service', record.code);
          throw error;
        }
        return stored;
      },
      async get(code) {
        return q.serviceByCode.get({ code }) ?? null;
      },
      async listByAgency(agencyId) {
        return db
          .select()
          .from(services)
          .where(eq(services.agencyId, agencyId))
          .orderBy(asc(services.code))
          .all();
      },
      async saveDraft(code, draft, baseRevision, at) {
        // Compare-and-set in one statement: the revision check and the write cannot be split.
        const updated = db
          .update(services)
          .set({ draft, draftRevision: baseRevision + 1, updatedAt: toIsoUtc(at) })
          .where(and(eq(services.code, code), eq(services.draftRevision, baseRevision)))
          .returning()
          .get();
        if (updated) return { ok: true, record: updated };
        const current = q.serviceByCode.get({ code });
        return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
      },
      async publish(code, definition, publishedBy, at) {
        assertDefinitionCode(code, definition);
        const publishedAt = toIsoUtc(at);
        return db.transaction(
          (tx) => {
            const service = tx.select().from(services).where(eq(services.code, code)).get();
            if (!service) return { ok: false, reason: 'not_found' } as const;
            if (service.status === 'retired') return { ok: false, reason: 'retired' } as const;
            const version = (service.latestVersion ?? 0) + 1;
            const record = {
              serviceCode: code,
              version,
              definition: { ...definition, version, state: 'published' as const },
              publishedAt,
              publishedBy,
            };
            tx.insert(serviceVersions).values(record).run();
            tx.update(services)
              .set({ status: 'published', latestVersion: version, updatedAt: publishedAt })
              .where(eq(services.code, code))
              .run();
            // The catalogue shows the new version only when it commits (issue 7).
            indexPublishedSqlite(tx, record.definition, service.agencyId, version, publishedAt);
            return { ok: true, version: record } as const;
          },
          { behavior: 'immediate' },
        );
      },
      async retire(code, at) {
        return db.transaction((tx) => {
          const result = tx
            .update(services)
            .set({ status: 'retired', updatedAt: toIsoUtc(at) })
            .where(eq(services.code, code))
            .run();
          unindexSqlite(tx, code);
          return result.changes > 0;
        });
      },
      async getVersion(code, version) {
        return q.versionByNumber.get({ code, version }) ?? null;
      },
      async listVersions(code) {
        return db
          .select()
          .from(serviceVersions)
          .where(eq(serviceVersions.serviceCode, code))
          .orderBy(desc(serviceVersions.version))
          .all();
      },
    },

    submissions: {
      insert: (record, extras) => {
        if (extras) extrasOf.set(record, extras);
        return submissionWrites.submit(record);
      },
      async getByReference(reference) {
        return q.submissionByReference.get({ reference }) ?? null;
      },
      async list(query) {
        return listSubmissions(query);
      },
      async listByApplicant(personalCode, limit) {
        return db
          .select()
          .from(submissions)
          .where(eq(submissions.applicantPersonalCode, personalCode))
          .orderBy(desc(submissions.createdAt), desc(submissions.id))
          .limit(limit)
          .all();
      },
    },

    requests: requests.store,
    feedback: createSqliteFeedbackStore(db),
    statistics: createSqliteStatisticsStore(db, requests.clocks),

    delivery: delivery.store,
    attachments: attachmentStore.store,
    ...createSqliteRegisterStore(db),
    formDrafts: attachmentStore.drafts,

    ...createSqliteSignInStores(db, q),

    async ping() {
      db.$client.prepare('select 1').get();
    },

    async close() {
      submissionWrites.flush();
      delivery.flush();
      db.$client.close();
    },
  };
}

function assertDefinitionCode(code: string, definition: ServiceDefinition): void {
  if (definition.code !== code) {
    throw new Error(`publish: definition.code ${definition.code} does not match service ${code}`);
  }
}
