/**
 * Delivery storage on SQLite (issue 6). better-sqlite3 is synchronous and SQLite has one writer,
 * so a claim is ONE `UPDATE ... WHERE id IN (due jobs) RETURNING *`: two workers (even in two
 * processes on one file) can never claim the same job. The outbox rows are written by
 * `addOutboxJobs`, called inside the submission's own transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNull, lte, min, sql } from 'drizzle-orm';
import type { AttemptOutcome, DeliveryJobRecord, DeliveryRepository } from '../delivery-records.ts';
import { buildJob, outboxJobsFor, SUBMISSION_CREATED, wantsEAddress } from '../outbox-jobs.ts';
import type { SubmissionRecord } from '../repository.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import { createGroupCommit, type ItemOutcome } from './group-commit.ts';
import type { SqliteDb } from './open-sqlite.ts';
import { createSqliteEAddressMailbox } from './sqlite-e-address-mailbox.ts';
import {
  deliveryAttempts,
  deliveryJobs,
  serviceVersions,
  submissionAcknowledgements,
  submissions,
  webhookEndpoints,
} from './tables.ts';

const p = sql.placeholder;
const FAILED_STATES = ['exhausted', 'disabled'] as const;

export function createSqliteDeliveryStore(db: SqliteDb) {
  const listeners = new Set<() => void>();
  // Published versions are immutable, so whether one asks for the e-address never changes.
  const eAddressByVersion = new Map<string, boolean>();
  const activeEndpoints = db
    .select({ id: webhookEndpoints.id, serviceCodes: webhookEndpoints.serviceCodes })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.agencyId, p('agencyId')), eq(webhookEndpoints.state, 'active')))
    .prepare();
  const versionDelivery = db
    .select({ definition: serviceVersions.definition })
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceCode, p('code')), eq(serviceVersions.version, p('version'))))
    .prepare();

  function eAddressFor(code: string, version: number): boolean {
    const key = `${code}@${version}`;
    let wanted = eAddressByVersion.get(key);
    if (wanted === undefined) {
      wanted = wantsEAddress(versionDelivery.get({ code, version })?.definition);
      eAddressByVersion.set(key, wanted);
    }
    return wanted;
  }

  /** Inside the caller's transaction: the submission's jobs. Returns how many. */
  function addOutboxJobs(record: SubmissionRecord): number {
    const jobs = outboxJobsFor(
      record,
      activeEndpoints.all({ agencyId: record.agencyId }),
      eAddressFor(record.serviceCode, record.version),
    );
    if (jobs.length > 0) db.insert(deliveryJobs).values(jobs).run();
    return jobs.length;
  }

  function notifyEnqueued(): void {
    for (const listener of listeners) listener();
  }

  function disablePendingJobs(endpointId: string, reason: string, at: string) {
    db.update(deliveryJobs)
      .set({
        state: 'disabled',
        lastError: reason,
        leaseOwner: null,
        leaseExpiresAt: null,
        nextAttemptAt: at,
      })
      .where(and(eq(deliveryJobs.endpointId, endpointId), eq(deliveryJobs.state, 'pending')))
      .run();
  }

  /** One completion; runs inside the batch transaction, in its own savepoint. */
  function completeOne(outcome: AttemptOutcome): { applied: boolean; firstDelivery: boolean } {
    const at = toIsoUtc(outcome.attempt.at);
    const job = db
      .select()
      .from(deliveryJobs)
      .where(and(eq(deliveryJobs.id, outcome.jobId), eq(deliveryJobs.leaseOwner, outcome.leaseOwner)))
      .get();
    if (job?.state !== 'pending') return { applied: false, firstDelivery: false };
    const attempt = job.attempts + 1;
    db.insert(deliveryAttempts)
      .values({ id: randomUUID(), jobId: job.id, attempt, ...outcome.attempt, at })
      .run();
    const delivered = outcome.state === 'delivered';
    let firstDelivery = false;
    if (delivered && job.eventType === SUBMISSION_CREATED) {
      const earlier = db
        .select({ id: deliveryJobs.id })
        .from(deliveryJobs)
        .where(
          and(
            eq(deliveryJobs.submissionId, job.submissionId),
            eq(deliveryJobs.eventType, SUBMISSION_CREATED),
            eq(deliveryJobs.state, 'delivered'),
          ),
        )
        .get();
      firstDelivery = !earlier;
    }
    db.update(deliveryJobs)
      .set({
        attempts: attempt,
        state: outcome.state,
        nextAttemptAt: outcome.nextAttemptAt ? toIsoUtc(outcome.nextAttemptAt) : at,
        leaseOwner: null,
        leaseExpiresAt: null,
        lastError: outcome.lastError,
        deliveredAt: delivered ? at : null,
      })
      .where(eq(deliveryJobs.id, job.id))
      .run();
    return { applied: true, firstDelivery };
  }

  /**
   * Completions are group-committed like submissions (group-commit.ts): with synchronous=FULL one
   * fsync per finished delivery would cap delivery at the disk's fsync rate.
   */
  const completions = createGroupCommit<AttemptOutcome, { applied: boolean; firstDelivery: boolean }>(
    (items) =>
      withoutFsync(db, () =>
        db.transaction(
          () =>
            items.map((item): ItemOutcome<{ applied: boolean; firstDelivery: boolean }> => {
              try {
                return { ok: true, value: db.$client.transaction(() => completeOne(item))() };
              } catch (error) {
                if (!db.$client.inTransaction) throw error;
                return { ok: false, error };
              }
            }),
          { behavior: 'immediate' },
        ),
      ),
  );

  const store: DeliveryRepository = {
    async createEndpoint(record) {
      db.insert(webhookEndpoints).values(record).run();
      return record;
    },
    async getEndpoint(id) {
      return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).get() ?? null;
    },
    async listEndpoints(agencyId) {
      return db
        .select()
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.agencyId, agencyId))
        .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id))
        .all();
    },
    async updateEndpoint(id, patch, at) {
      const reenable = patch.state === 'active' ? { failingSince: null, disabledReason: null } : {};
      return (
        db
          .update(webhookEndpoints)
          .set({ ...patch, ...reenable, updatedAt: toIsoUtc(at) })
          .where(eq(webhookEndpoints.id, id))
          .returning()
          .get() ?? null
      );
    },
    async rotateEndpointSecret(id, secretCiphertext, previousExpiresAt, at) {
      return (
        db
          .update(webhookEndpoints)
          .set({
            previousSecretCiphertext: sql`${webhookEndpoints.secretCiphertext}`,
            previousSecretExpiresAt: toIsoUtc(previousExpiresAt),
            secretCiphertext,
            updatedAt: toIsoUtc(at),
          })
          .where(eq(webhookEndpoints.id, id))
          .returning()
          .get() ?? null
      );
    },
    async deleteEndpoint(id, at) {
      return db.transaction(() => {
        disablePendingJobs(id, 'endpoint deleted', toIsoUtc(at));
        return db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).run().changes > 0;
      });
    },
    async disableEndpoint(id, reason, at) {
      db.transaction(() => {
        db.update(webhookEndpoints)
          .set({ state: 'disabled', disabledReason: reason, updatedAt: toIsoUtc(at) })
          .where(eq(webhookEndpoints.id, id))
          .run();
        disablePendingJobs(id, `endpoint disabled: ${reason}`, toIsoUtc(at));
      });
    },
    async recordEndpointHealth(id, ok, at) {
      const failingSince = ok ? null : sql`coalesce(${webhookEndpoints.failingSince}, ${toIsoUtc(at)})`;
      return (
        db
          .update(webhookEndpoints)
          .set({ failingSince })
          .where(eq(webhookEndpoints.id, id))
          .returning()
          .get() ?? null
      );
    },

    async enqueue(newJobs) {
      const jobs = newJobs.map((job) => buildJob({ ...job, at: toIsoUtc(job.at) }));
      if (jobs.length > 0) {
        db.insert(deliveryJobs).values(jobs).run();
        notifyEnqueued();
      }
      return jobs;
    },
    async claimDue(owner, now, leaseMs, limit) {
      const nowIso = toIsoUtc(now);
      const leaseEnd = new Date(new Date(nowIso).getTime() + leaseMs).toISOString();
      const due = db
        .select({ id: deliveryJobs.id })
        .from(deliveryJobs)
        .where(and(eq(deliveryJobs.state, 'pending'), lte(deliveryJobs.nextAttemptAt, nowIso)))
        .orderBy(asc(deliveryJobs.nextAttemptAt))
        .limit(limit);
      return withoutFsync(db, () =>
        db
          .update(deliveryJobs)
          .set({ leaseOwner: owner, leaseExpiresAt: leaseEnd, nextAttemptAt: leaseEnd })
          .where(inArray(deliveryJobs.id, due))
          .returning()
          .all(),
      );
    },
    completeAttempt: (outcome) => completions.submit(outcome),
    async nextDueAt() {
      const row = db
        .select({ at: min(deliveryJobs.nextAttemptAt) })
        .from(deliveryJobs)
        .where(eq(deliveryJobs.state, 'pending'))
        .get();
      return row?.at ?? null;
    },
    async getSubmission(id) {
      return (
        (db.select().from(submissions).where(eq(submissions.id, id)).get() as SubmissionRecord | undefined) ??
        null
      );
    },
    async getJob(id) {
      return db.select().from(deliveryJobs).where(eq(deliveryJobs.id, id)).get() ?? null;
    },
    async getJobByMessageId(messageId) {
      return db.select().from(deliveryJobs).where(eq(deliveryJobs.messageId, messageId)).get() ?? null;
    },
    async listJobsForSubmission(submissionId) {
      return db
        .select()
        .from(deliveryJobs)
        .where(eq(deliveryJobs.submissionId, submissionId))
        .orderBy(asc(deliveryJobs.createdAt), asc(deliveryJobs.id))
        .all();
    },
    async listAttempts(jobId) {
      return db
        .select()
        .from(deliveryAttempts)
        .where(eq(deliveryAttempts.jobId, jobId))
        .orderBy(asc(deliveryAttempts.attempt))
        .all();
    },
    async listFailed(agencyId, since, limit) {
      return db
        .select()
        .from(deliveryJobs)
        .where(
          and(
            eq(deliveryJobs.agencyId, agencyId),
            inArray(deliveryJobs.state, [...FAILED_STATES]),
            since === null ? undefined : gte(deliveryJobs.createdAt, toIsoUtc(since)),
          ),
        )
        .orderBy(asc(deliveryJobs.createdAt), asc(deliveryJobs.id))
        .limit(limit)
        .all();
    },
    async replay(query, at) {
      const changes = db
        .update(deliveryJobs)
        .set({ state: 'pending', attempts: 0, nextAttemptAt: toIsoUtc(at), lastError: null })
        .where(
          and(
            eq(deliveryJobs.agencyId, query.agencyId),
            inArray(deliveryJobs.state, [...FAILED_STATES]),
            query.jobId === undefined ? undefined : eq(deliveryJobs.id, query.jobId),
            query.since === undefined ? undefined : gte(deliveryJobs.createdAt, toIsoUtc(query.since)),
          ),
        )
        .run().changes;
      if (changes > 0) notifyEnqueued();
      return changes;
    },
    async countByState() {
      const counts = { pending: 0, delivered: 0, exhausted: 0, disabled: 0 };
      const rows = db
        .select({ state: deliveryJobs.state, n: sql<number>`count(*)` })
        .from(deliveryJobs)
        .groupBy(deliveryJobs.state)
        .all();
      for (const row of rows) counts[row.state] = Number(row.n);
      return counts;
    },
    onEnqueued(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async acknowledge(record) {
      const stored = { ...record, acknowledgedAt: toIsoUtc(record.acknowledgedAt) };
      const inserted = db.insert(submissionAcknowledgements).values(stored).onConflictDoNothing().run();
      if (inserted.changes > 0) return { first: true, record: stored };
      const existing = db
        .select()
        .from(submissionAcknowledgements)
        .where(eq(submissionAcknowledgements.submissionId, record.submissionId))
        .get()!;
      return { first: false, record: existing };
    },
    async getAcknowledgement(submissionId) {
      return (
        db
          .select()
          .from(submissionAcknowledgements)
          .where(eq(submissionAcknowledgements.submissionId, submissionId))
          .get() ?? null
      );
    },
    async listUnacknowledged(agencyId, limit) {
      const rows = db
        .select({ id: submissions.id })
        .from(submissions)
        .leftJoin(submissionAcknowledgements, eq(submissionAcknowledgements.submissionId, submissions.id))
        .where(and(eq(submissions.agencyId, agencyId), isNull(submissionAcknowledgements.submissionId)))
        .orderBy(asc(submissions.createdAt), asc(submissions.id))
        .limit(limit)
        .all();
      return rows.map((row) => row.id);
    },

    ...createSqliteEAddressMailbox(db),
  };

  return { store, addOutboxJobs, notifyEnqueued, flush: () => completions.flush() };
}

/**
 * Runs a delivery bookkeeping write with `synchronous = NORMAL`, then restores FULL. In WAL mode
 * NORMAL skips the fsync at commit but never corrupts; a power loss may only forget the last
 * such commits, and for claims and completions that is harmless by design: a forgotten claim is
 * a lease that never was, a forgotten completion is a message sent again with its same id
 * (at-least-once, receivers dedupe). Submissions, outbox jobs and API changes keep FULL, and the
 * next FULL commit syncs the whole WAL. better-sqlite3 is synchronous, so no other write can run
 * between the two pragmas.
 */
function withoutFsync<T>(db: SqliteDb, write: () => T): T {
  db.$client.pragma('synchronous = NORMAL');
  try {
    return write();
  } finally {
    db.$client.pragma('synchronous = FULL');
  }
}

export type SqliteDeliveryStore = ReturnType<typeof createSqliteDeliveryStore>;
export type { DeliveryJobRecord };
