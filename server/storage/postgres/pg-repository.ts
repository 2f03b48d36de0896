/**
 * Repository on PostgreSQL (node-postgres pool + drizzle). Many app instances may share the
 * database, so every race is settled by PostgreSQL itself: publish locks the service row,
 * saveDraft is a compare-and-set UPDATE, and idempotent inserts lean on the unique index.
 */
import { and, asc, desc, eq, gt, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import { DuplicateError, type PublishResult, type Repository } from '../repository.ts';
import { toIsoUtc, toIsoUtcOrNull } from '../to-iso-utc.ts';
import { findUniqueViolation } from '../unique-violation.ts';
import type { PostgresDb } from './open-postgres.ts';
import { createPgAttachmentStore } from './pg-attachment-store.ts';
import { createPgDeliveryStore } from './pg-delivery-store.ts';
import { createPgFeedbackStore } from './pg-feedback-store.ts';
import {
  toAgencyRecord,
  toApiKeyRecord,
  toServiceRecord,
  toServiceVersionRecord,
  toSubmissionRecord,
} from './pg-records.ts';
import { createPgRegisterStore, indexPublishedPg, unindexPg } from './pg-register-store.ts';
import { createPgRequestStore } from './pg-request-store.ts';
import { createPgSignInStores } from './pg-sign-in-stores.ts';
import { createPgStatisticsStore } from './pg-statistics-store.ts';
import { agencies, apiKeys, services, serviceVersions, submissions } from './tables.ts';

const p = sql.placeholder;

/**
 * @param db an open pool (openPostgres); the repository owns it from now on and ends it.
 * @example
 * const repo = createPgRepository(await openPostgres({ url }));
 */
export function createPgRepository(db: PostgresDb): Repository {
  const delivery = createPgDeliveryStore(db);
  const attachmentStore = createPgAttachmentStore(db);
  const requests = createPgRequestStore(db);
  // Named prepared statements for the hot paths: parsed and planned once per connection.
  const submissionByReference = db
    .select()
    .from(submissions)
    .where(eq(submissions.reference, p('reference')))
    .prepare('submission_by_reference');
  const submissionByIdempotencyKey = db
    .select()
    .from(submissions)
    .where(
      and(eq(submissions.serviceCode, p('serviceCode')), eq(submissions.idempotencyKey, p('idempotencyKey'))),
    )
    .prepare('submission_by_idempotency_key');
  async function rethrowDuplicate(error: unknown, entity: string, key: (columns: string[]) => string) {
    const violation = findUniqueViolation(error);
    if (violation) throw new DuplicateError(entity, key(violation.columns));
    throw error;
  }

  return {
    dialect: 'postgresql',

    agencies: {
      async create(record) {
        const stored = { ...record, createdAt: toIsoUtc(record.createdAt) };
        await db
          .insert(agencies)
          .values(stored)
          .catch((e) => rethrowDuplicate(e, 'agency', (c) => (c.includes('code') ? record.code : record.id)));
        return stored;
      },
      async getById(id) {
        const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
        return row ? toAgencyRecord(row) : null;
      },
      async getByCode(code) {
        const [row] = await db.select().from(agencies).where(eq(agencies.code, code));
        return row ? toAgencyRecord(row) : null;
      },
      async list() {
        const rows = await db.select().from(agencies).orderBy(asc(agencies.code));
        return rows.map(toAgencyRecord);
      },
    },

    apiKeys: {
      async create(record) {
        const stored = {
          ...record,
          createdAt: toIsoUtc(record.createdAt),
          revokedAt: toIsoUtcOrNull(record.revokedAt),
        };
        await db
          .insert(apiKeys)
          .values(stored)
          .catch((e) =>
            rethrowDuplicate(e, 'api key', (c) => (c.includes('prefix') ? record.prefix : record.id)),
          );
        return stored;
      },
      async getByPrefix(prefix) {
        const [row] = await db.select().from(apiKeys).where(eq(apiKeys.prefix, prefix));
        return row ? toApiKeyRecord(row) : null;
      },
      async listByAgency(agencyId) {
        const where = agencyId === null ? isNull(apiKeys.agencyId) : eq(apiKeys.agencyId, agencyId);
        const rows = await db
          .select()
          .from(apiKeys)
          .where(where)
          .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
        return rows.map(toApiKeyRecord);
      },
      async revoke(id, revokedAt) {
        const rows = await db
          .update(apiKeys)
          .set({ revokedAt: toIsoUtc(revokedAt) })
          .where(eq(apiKeys.id, id))
          .returning({ id: apiKeys.id });
        return rows.length > 0;
      },
    },

    services: {
      async create(record) {
        const stored = {
          ...record,
          createdAt: toIsoUtc(record.createdAt),
          updatedAt: toIsoUtc(record.updatedAt),
        };
        await db
          .insert(services)
          .values(stored)
          .catch((e) => rethrowDuplicate(e, 'service', () => record.code));
        return stored;
      },
      async get(code) {
        const [row] = await db.select().from(services).where(eq(services.code, code));
        return row ? toServiceRecord(row) : null;
      },
      async listByAgency(agencyId) {
        const rows = await db
          .select()
          .from(services)
          .where(eq(services.agencyId, agencyId))
          .orderBy(asc(services.code));
        return rows.map(toServiceRecord);
      },
      async saveDraft(code, draft, baseRevision, at) {
        // Compare-and-set in one statement: the revision check and the write cannot be split.
        const [updated] = await db
          .update(services)
          .set({ draft, draftRevision: baseRevision + 1, updatedAt: toIsoUtc(at) })
          .where(and(eq(services.code, code), eq(services.draftRevision, baseRevision)))
          .returning();
        if (updated) return { ok: true, record: toServiceRecord(updated) };
        const [current] = await db.select().from(services).where(eq(services.code, code));
        return current
          ? { ok: false, reason: 'conflict', current: toServiceRecord(current) }
          : { ok: false, reason: 'not_found' };
      },
      async publish(code, definition, publishedBy, at) {
        assertDefinitionCode(code, definition);
        const publishedAt = toIsoUtc(at);
        return db.transaction(async (tx): Promise<PublishResult> => {
          // FOR UPDATE: a concurrent publish waits here until this one commits, then reads the
          // new latestVersion, so the two get N+1 and N+2 (the primary key would reject a tie).
          const [service] = await tx.select().from(services).where(eq(services.code, code)).for('update');
          if (!service) return { ok: false, reason: 'not_found' };
          if (service.status === 'retired') return { ok: false, reason: 'retired' };
          const version = (service.latestVersion ?? 0) + 1;
          const record = {
            serviceCode: code,
            version,
            definition: { ...definition, version, state: 'published' as const },
            publishedAt,
            publishedBy,
          };
          await tx.insert(serviceVersions).values(record);
          await tx
            .update(services)
            .set({ status: 'published', latestVersion: version, updatedAt: publishedAt })
            .where(eq(services.code, code));
          // The catalogue shows the new version only when it commits (issue 7).
          await indexPublishedPg(tx, record.definition, service.agencyId, version, publishedAt);
          return { ok: true, version: record };
        });
      },
      async retire(code, at) {
        return db.transaction(async (tx) => {
          const rows = await tx
            .update(services)
            .set({ status: 'retired', updatedAt: toIsoUtc(at) })
            .where(eq(services.code, code))
            .returning({ code: services.code });
          await unindexPg(tx, code);
          return rows.length > 0;
        });
      },
      async getVersion(code, version) {
        const [row] = await db
          .select()
          .from(serviceVersions)
          .where(and(eq(serviceVersions.serviceCode, code), eq(serviceVersions.version, version)));
        return row ? toServiceVersionRecord(row) : null;
      },
      async listVersions(code) {
        const rows = await db
          .select()
          .from(serviceVersions)
          .where(eq(serviceVersions.serviceCode, code))
          .orderBy(desc(serviceVersions.version));
        return rows.map(toServiceVersionRecord);
      },
    },

    submissions: {
      async insert(record, extras = {}) {
        const stored = {
          ...record,
          applicantSubject: record.applicantSubject ?? null,
          applicantPersonalCode: record.applicantPersonalCode ?? null,
          applicantName: record.applicantName ?? null,
          createdAt: toIsoUtc(record.createdAt),
        };
        // Transactional outbox (issue 6): the submission and its delivery jobs commit together.
        const created = await db
          .transaction(async (tx) => {
            const inserted = await tx
              .insert(submissions)
              .values(stored)
              // Only the idempotency index may turn the insert into a no-op; a clash on the
              // reference or id still raises, and becomes a DuplicateError below.
              .onConflictDoNothing({
                target: [submissions.serviceCode, submissions.idempotencyKey],
                where: sql`idempotency_key is not null`,
              })
              .returning({ id: submissions.id });
            if (inserted.length === 0) return false;
            // Central request registry (issue 6): the history starts with "submitted", same transaction.
            await requests.addSubmitted(tx, stored);
            // Attachments (issue 4): the files the submission names are bound in this transaction.
            await attachmentStore.writeSubmissionExtras(tx, stored, extras);
            return { jobs: await delivery.addOutboxJobs(tx, stored) };
          })
          .catch((e) => rethrowDuplicate(e, 'submission', () => record.reference));
        if (created) {
          if (created.jobs > 0) delivery.notifyEnqueued();
          return { created: true, record: stored };
        }
        // ON CONFLICT DO NOTHING on the idempotency index: the row that won is committed (the
        // insert waited for it), so a fresh read sees it.
        const [existing] = await submissionByIdempotencyKey.execute({
          serviceCode: record.serviceCode,
          idempotencyKey: record.idempotencyKey,
        });
        if (!existing)
          throw new Error(`submissions.insert: conflicting row for ${record.idempotencyKey} vanished`);
        return { created: false, existing: toSubmissionRecord(existing) };
      },
      async getByReference(reference) {
        const [row] = await submissionByReference.execute({ reference });
        return row ? toSubmissionRecord(row) : null;
      },
      async list(query) {
        if (!Number.isInteger(query.limit) || query.limit < 0) {
          throw new Error(`submissions.list: limit must be a non-negative integer, got ${query.limit}`);
        }
        const where: SQL[] = [eq(submissions.agencyId, query.agencyId)];
        if (query.serviceCode !== undefined) where.push(eq(submissions.serviceCode, query.serviceCode));
        if (query.after !== undefined) {
          // The cursor must belong to the same agency: another agency's id is treated as unknown.
          const [cursor] = await db
            .select({ createdAt: submissions.createdAt, id: submissions.id })
            .from(submissions)
            .where(and(eq(submissions.id, query.after), eq(submissions.agencyId, query.agencyId)));
          if (!cursor) return [];
          where.push(
            or(
              gt(submissions.createdAt, cursor.createdAt),
              and(eq(submissions.createdAt, cursor.createdAt), gt(submissions.id, cursor.id)),
            )!,
          );
        }
        const rows = await db
          .select()
          .from(submissions)
          .where(and(...where))
          .orderBy(asc(submissions.createdAt), asc(submissions.id))
          .limit(query.limit);
        return rows.map(toSubmissionRecord);
      },
      async listByApplicant(personalCode, limit) {
        const rows = await db
          .select()
          .from(submissions)
          .where(eq(submissions.applicantPersonalCode, personalCode))
          .orderBy(desc(submissions.createdAt), desc(submissions.id))
          .limit(limit);
        return rows.map(toSubmissionRecord);
      },
    },

    delivery: delivery.store,
    attachments: attachmentStore.store,
    ...createPgRegisterStore(db),
    formDrafts: attachmentStore.drafts,
    requests: requests.store,
    feedback: createPgFeedbackStore(db),
    statistics: createPgStatisticsStore(db, requests.clocks),

    ...createPgSignInStores(db),

    async ping() {
      await db.execute(sql`select 1`);
    },

    async close() {
      await db.$client.end();
    },
  };
}

function assertDefinitionCode(code: string, definition: ServiceDefinition): void {
  if (definition.code !== code) {
    throw new Error(`publish: definition.code ${definition.code} does not match service ${code}`);
  }
}
