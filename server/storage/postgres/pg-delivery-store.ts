/**
 * Delivery storage on PostgreSQL (issue 6). Several server processes may deliver from one
 * database: a claim takes due rows with `FOR UPDATE SKIP LOCKED` inside one UPDATE, so two
 * workers never take the same job and never wait for each other. The outbox rows are written by
 * `addOutboxJobs` inside the submission's own transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNull, lte, min, sql } from 'drizzle-orm';
import type {
  DeliveryAttemptRecord,
  DeliveryJobRecord,
  DeliveryRepository,
  SubmissionAckRecord,
  WebhookEndpointRecord,
} from '../delivery-records.ts';
import { buildJob, outboxJobsFor, SUBMISSION_CREATED, wantsEAddress } from '../outbox-jobs.ts';
import type { SubmissionRecord } from '../repository.ts';
import { toIsoUtc, toIsoUtcOrNull } from '../to-iso-utc.ts';
import type { PostgresDb } from './open-postgres.ts';
import { createPgEAddressMailbox } from './pg-e-address-mailbox.ts';
import { toSubmissionRecord } from './pg-records.ts';
import {
  deliveryAttempts,
  deliveryJobs,
  serviceVersions,
  submissionAcknowledgements,
  submissions,
  webhookEndpoints,
} from './tables.ts';

type Tx = Parameters<Parameters<PostgresDb['transaction']>[0]>[0];
const FAILED_STATES = ['exhausted', 'disabled'] as const;

const toEndpoint = (row: typeof webhookEndpoints.$inferSelect): WebhookEndpointRecord => ({
  ...row,
  previousSecretExpiresAt: toIsoUtcOrNull(row.previousSecretExpiresAt),
  failingSince: toIsoUtcOrNull(row.failingSince),
  createdAt: toIsoUtc(row.createdAt),
  updatedAt: toIsoUtc(row.updatedAt),
});
const toJob = (row: typeof deliveryJobs.$inferSelect): DeliveryJobRecord => ({
  ...row,
  nextAttemptAt: toIsoUtc(row.nextAttemptAt),
  leaseExpiresAt: toIsoUtcOrNull(row.leaseExpiresAt),
  createdAt: toIsoUtc(row.createdAt),
  deliveredAt: toIsoUtcOrNull(row.deliveredAt),
});
const toAttempt = (row: typeof deliveryAttempts.$inferSelect): DeliveryAttemptRecord => ({
  ...row,
  at: toIsoUtc(row.at),
});
const toAck = (row: typeof submissionAcknowledgements.$inferSelect): SubmissionAckRecord => ({
  ...row,
  acknowledgedAt: toIsoUtc(row.acknowledgedAt),
});

export function createPgDeliveryStore(db: PostgresDb) {
  const listeners = new Set<() => void>();
  // Published versions are immutable, so whether one asks for the e-address never changes.
  const eAddressByVersion = new Map<string, boolean>();

  async function eAddressFor(tx: Tx, code: string, version: number): Promise<boolean> {
    const key = `${code}@${version}`;
    let wanted = eAddressByVersion.get(key);
    if (wanted === undefined) {
      const [row] = await tx
        .select({ definition: serviceVersions.definition })
        .from(serviceVersions)
        .where(and(eq(serviceVersions.serviceCode, code), eq(serviceVersions.version, version)));
      wanted = wantsEAddress(row?.definition);
      eAddressByVersion.set(key, wanted);
    }
    return wanted;
  }

  /** Inside the caller's transaction: the submission's jobs. Returns how many. */
  async function addOutboxJobs(tx: Tx, record: SubmissionRecord): Promise<number> {
    const endpoints = await tx
      .select({ id: webhookEndpoints.id, serviceCodes: webhookEndpoints.serviceCodes })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.agencyId, record.agencyId), eq(webhookEndpoints.state, 'active')));
    const jobs = outboxJobsFor(record, endpoints, await eAddressFor(tx, record.serviceCode, record.version));
    if (jobs.length > 0) await tx.insert(deliveryJobs).values(jobs);
    return jobs.length;
  }

  function notifyEnqueued(): void {
    for (const listener of listeners) listener();
  }

  async function disablePendingJobs(tx: Tx | PostgresDb, endpointId: string, reason: string, at: string) {
    await tx
      .update(deliveryJobs)
      .set({
        state: 'disabled',
        lastError: reason,
        leaseOwner: null,
        leaseExpiresAt: null,
        nextAttemptAt: at,
      })
      .where(and(eq(deliveryJobs.endpointId, endpointId), eq(deliveryJobs.state, 'pending')));
  }

  const store: DeliveryRepository = {
    async createEndpoint(record) {
      await db.insert(webhookEndpoints).values(record);
      return { ...record, createdAt: toIsoUtc(record.createdAt), updatedAt: toIsoUtc(record.updatedAt) };
    },
    async getEndpoint(id) {
      const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
      return row ? toEndpoint(row) : null;
    },
    async listEndpoints(agencyId) {
      const rows = await db
        .select()
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.agencyId, agencyId))
        .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
      return rows.map(toEndpoint);
    },
    async updateEndpoint(id, patch, at) {
      const reenable = patch.state === 'active' ? { failingSince: null, disabledReason: null } : {};
      const [row] = await db
        .update(webhookEndpoints)
        .set({ ...patch, ...reenable, updatedAt: toIsoUtc(at) })
        .where(eq(webhookEndpoints.id, id))
        .returning();
      return row ? toEndpoint(row) : null;
    },
    async rotateEndpointSecret(id, secretCiphertext, previousExpiresAt, at) {
      const [row] = await db
        .update(webhookEndpoints)
        .set({
          previousSecretCiphertext: sql`${webhookEndpoints.secretCiphertext}`,
          previousSecretExpiresAt: toIsoUtc(previousExpiresAt),
          secretCiphertext,
          updatedAt: toIsoUtc(at),
        })
        .where(eq(webhookEndpoints.id, id))
        .returning();
      return row ? toEndpoint(row) : null;
    },
    async deleteEndpoint(id, at) {
      return db.transaction(async (tx) => {
        await disablePendingJobs(tx, id, 'endpoint deleted', toIsoUtc(at));
        const removed = await tx
          .delete(webhookEndpoints)
          .where(eq(webhookEndpoints.id, id))
          .returning({ id: webhookEndpoints.id });
        return removed.length > 0;
      });
    },
    async disableEndpoint(id, reason, at) {
      await db.transaction(async (tx) => {
        await tx
          .update(webhookEndpoints)
          .set({ state: 'disabled', disabledReason: reason, updatedAt: toIsoUtc(at) })
          .where(eq(webhookEndpoints.id, id));
        await disablePendingJobs(tx, id, `endpoint disabled: ${reason}`, toIsoUtc(at));
      });
    },
    async recordEndpointHealth(id, ok, at) {
      const failingSince = ok ? null : sql`coalesce(${webhookEndpoints.failingSince}, ${toIsoUtc(at)})`;
      const [row] = await db
        .update(webhookEndpoints)
        .set({ failingSince })
        .where(eq(webhookEndpoints.id, id))
        .returning();
      return row ? toEndpoint(row) : null;
    },

    async enqueue(newJobs) {
      const jobs = newJobs.map((job) => buildJob({ ...job, at: toIsoUtc(job.at) }));
      if (jobs.length > 0) {
        await db.insert(deliveryJobs).values(jobs);
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
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(deliveryJobs)
        .set({ leaseOwner: owner, leaseExpiresAt: leaseEnd, nextAttemptAt: leaseEnd })
        .where(inArray(deliveryJobs.id, due))
        .returning();
      return rows.map(toJob);
    },
    async completeAttempt(outcome) {
      const at = toIsoUtc(outcome.attempt.at);
      return db.transaction(async (tx) => {
        const [job] = await tx
          .select()
          .from(deliveryJobs)
          .where(and(eq(deliveryJobs.id, outcome.jobId), eq(deliveryJobs.leaseOwner, outcome.leaseOwner)))
          .for('update');
        if (job?.state !== 'pending') return { applied: false, firstDelivery: false };
        const attempt = job.attempts + 1;
        await tx
          .insert(deliveryAttempts)
          .values({ id: randomUUID(), jobId: job.id, attempt, ...outcome.attempt, at });
        const delivered = outcome.state === 'delivered';
        let firstDelivery = false;
        if (delivered && job.eventType === SUBMISSION_CREATED) {
          // Serialise the submission's deliveries: lock the submission row for this decision.
          await tx
            .select({ id: submissions.id })
            .from(submissions)
            .where(eq(submissions.id, job.submissionId))
            .for('update');
          const [earlier] = await tx
            .select({ id: deliveryJobs.id })
            .from(deliveryJobs)
            .where(
              and(
                eq(deliveryJobs.submissionId, job.submissionId),
                eq(deliveryJobs.eventType, SUBMISSION_CREATED),
                eq(deliveryJobs.state, 'delivered'),
              ),
            )
            .limit(1);
          firstDelivery = !earlier;
        }
        await tx
          .update(deliveryJobs)
          .set({
            attempts: attempt,
            state: outcome.state,
            nextAttemptAt: outcome.nextAttemptAt ? toIsoUtc(outcome.nextAttemptAt) : at,
            leaseOwner: null,
            leaseExpiresAt: null,
            lastError: outcome.lastError,
            deliveredAt: delivered ? at : null,
          })
          .where(eq(deliveryJobs.id, job.id));
        return { applied: true, firstDelivery };
      });
    },
    async nextDueAt() {
      const [row] = await db
        .select({ at: min(deliveryJobs.nextAttemptAt) })
        .from(deliveryJobs)
        .where(eq(deliveryJobs.state, 'pending'));
      return toIsoUtcOrNull(row?.at ?? null);
    },
    async getSubmission(id) {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, id));
      return row ? toSubmissionRecord(row) : null;
    },
    async getJob(id) {
      const [row] = await db.select().from(deliveryJobs).where(eq(deliveryJobs.id, id));
      return row ? toJob(row) : null;
    },
    async getJobByMessageId(messageId) {
      const [row] = await db.select().from(deliveryJobs).where(eq(deliveryJobs.messageId, messageId));
      return row ? toJob(row) : null;
    },
    async listJobsForSubmission(submissionId) {
      const rows = await db
        .select()
        .from(deliveryJobs)
        .where(eq(deliveryJobs.submissionId, submissionId))
        .orderBy(asc(deliveryJobs.createdAt), asc(deliveryJobs.id));
      return rows.map(toJob);
    },
    async listAttempts(jobId) {
      const rows = await db
        .select()
        .from(deliveryAttempts)
        .where(eq(deliveryAttempts.jobId, jobId))
        .orderBy(asc(deliveryAttempts.attempt));
      return rows.map(toAttempt);
    },
    async listFailed(agencyId, since, limit) {
      const rows = await db
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
        .limit(limit);
      return rows.map(toJob);
    },
    async replay(query, at) {
      const rows = await db
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
        .returning({ id: deliveryJobs.id });
      if (rows.length > 0) notifyEnqueued();
      return rows.length;
    },
    async countByState() {
      const counts = { pending: 0, delivered: 0, exhausted: 0, disabled: 0 };
      const rows = await db
        .select({ state: deliveryJobs.state, n: sql<number>`count(*)` })
        .from(deliveryJobs)
        .groupBy(deliveryJobs.state);
      for (const row of rows) counts[row.state] = Number(row.n);
      return counts;
    },
    onEnqueued(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async acknowledge(record) {
      const stored = { ...record, acknowledgedAt: toIsoUtc(record.acknowledgedAt) };
      const inserted = await db
        .insert(submissionAcknowledgements)
        .values(stored)
        .onConflictDoNothing()
        .returning({ id: submissionAcknowledgements.submissionId });
      if (inserted.length > 0) return { first: true, record: stored };
      const [existing] = await db
        .select()
        .from(submissionAcknowledgements)
        .where(eq(submissionAcknowledgements.submissionId, record.submissionId));
      return { first: false, record: toAck(existing!) };
    },
    async getAcknowledgement(submissionId) {
      const [row] = await db
        .select()
        .from(submissionAcknowledgements)
        .where(eq(submissionAcknowledgements.submissionId, submissionId));
      return row ? toAck(row) : null;
    },
    async listUnacknowledged(agencyId, limit) {
      const rows = await db
        .select({ id: submissions.id })
        .from(submissions)
        .leftJoin(submissionAcknowledgements, eq(submissionAcknowledgements.submissionId, submissions.id))
        .where(and(eq(submissions.agencyId, agencyId), isNull(submissionAcknowledgements.submissionId)))
        .orderBy(asc(submissions.createdAt), asc(submissions.id))
        .limit(limit);
      return rows.map((row) => row.id);
    },

    ...createPgEAddressMailbox(db),
  };

  return { store, addOutboxJobs, notifyEnqueued };
}
