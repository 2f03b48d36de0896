/**
 * The central request registry on PostgreSQL (issue 6). Several app servers may change one
 * request at once, so every status change locks the request's state row (`FOR UPDATE`): changes
 * to one request queue up, sequence numbers never collide, and an idempotency key seen by the
 * first is found by the second.
 */
import { and, asc, desc, eq, getTableColumns, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { SubmissionRecord } from '../repository.ts';
import type {
  AppendStatusOptions,
  AppendStatusResult,
  NewStatusEvent,
  NotificationRecord,
  RequestDocumentRecord,
  RequestMessageRecord,
  RequestRepository,
  RequestStateRecord,
  StatusEventRecord,
  StatusMappingRecord,
} from '../request-records.ts';
import { submittedEvent } from '../request-records.ts';
import { toIsoUtc, toIsoUtcOrNull } from '../to-iso-utc.ts';
import type { PostgresDb } from './open-postgres.ts';
import { createPgNotificationStore } from './pg-notification-store.ts';
import { toSubmissionRecord } from './pg-records.ts';
import { createPgRequestClocks } from './pg-request-clocks.ts';
import {
  notifications,
  requestDocuments,
  requestMessages,
  requestStates,
  requestStatusEvents,
  requestStatusMappings,
} from './request-tables.ts';
import { submissions } from './tables.ts';

type Tx = Parameters<Parameters<PostgresDb['transaction']>[0]>[0];

const toState = (r: typeof requestStates.$inferSelect): RequestStateRecord => ({
  ...r,
  createdAt: toIsoUtc(r.createdAt),
  updatedAt: toIsoUtc(r.updatedAt),
});
const toEvent = (r: typeof requestStatusEvents.$inferSelect): StatusEventRecord => ({
  ...r,
  at: toIsoUtc(r.at),
});
const toMapping = (r: typeof requestStatusMappings.$inferSelect): StatusMappingRecord => ({
  ...r,
  createdAt: toIsoUtc(r.createdAt),
  updatedAt: toIsoUtc(r.updatedAt),
});
const toDocument = (r: typeof requestDocuments.$inferSelect): RequestDocumentRecord => ({
  ...r,
  createdAt: toIsoUtc(r.createdAt),
});
const toMessage = (r: typeof requestMessages.$inferSelect): RequestMessageRecord => ({
  ...r,
  createdAt: toIsoUtc(r.createdAt),
  agencyReadAt: toIsoUtcOrNull(r.agencyReadAt),
});

export function createPgRequestStore(db: PostgresDb) {
  // Service statistics (issue 7): each request's processing clock moves with its history.
  const clocks = createPgRequestClocks(db);
  async function insertNotifications(tx: Tx, list: NotificationRecord[]) {
    if (list.length > 0) await tx.insert(notifications).values(list);
  }

  async function appendStatusTx(
    tx: Tx,
    e: NewStatusEvent,
    options: AppendStatusOptions,
  ): Promise<AppendStatusResult> {
    const [row] = await tx
      .select()
      .from(requestStates)
      .where(eq(requestStates.submissionId, e.submissionId))
      .for('update');
    if (!row) return { ok: false, reason: 'not_found' };
    const state = toState(row);
    if (e.idempotencyKey !== null) {
      const [seen] = await tx
        .select()
        .from(requestStatusEvents)
        .where(
          and(
            eq(requestStatusEvents.submissionId, e.submissionId),
            eq(requestStatusEvents.idempotencyKey, e.idempotencyKey),
          ),
        );
      if (seen) {
        return seen.requestHash === e.requestHash
          ? { ok: true, event: toEvent(seen), replayed: true }
          : { ok: false, reason: 'key_reused', current: state };
      }
    }
    if (options.onlyFrom && !options.onlyFrom.includes(state.status)) {
      return { ok: false, reason: 'skipped', current: state };
    }
    if (state.final && !options.allowAfterFinal) return { ok: false, reason: 'final', current: state };
    const at = toIsoUtc(e.at);
    if (at < state.updatedAt) return { ok: false, reason: 'stale', current: state };
    const sequence = state.lastSequence + 1;
    if (e.document) await tx.insert(requestDocuments).values({ ...e.document, messageId: null });
    const event: StatusEventRecord = {
      submissionId: e.submissionId,
      sequence,
      status: e.status,
      agencyCode: e.agencyCode,
      citizenText: e.citizenText,
      message: e.message,
      documentId: e.document?.id ?? null,
      actor: e.actor,
      idempotencyKey: e.idempotencyKey,
      requestHash: e.requestHash,
      at,
    };
    await tx.insert(requestStatusEvents).values(event);
    await clocks.advance(tx, state, e.status, at);
    await tx
      .update(requestStates)
      .set({
        status: e.status,
        agencyCode: e.agencyCode,
        lastSequence: sequence,
        final: e.final,
        updatedAt: at,
      })
      .where(eq(requestStates.submissionId, e.submissionId));
    await insertNotifications(tx, e.notifications);
    return { ok: true, event, replayed: false };
  }

  async function listItems(where: SQL | undefined, order: SQL[], limit: number, offset: number) {
    const rows = await db
      .select()
      .from(submissions)
      .innerJoin(requestStates, eq(requestStates.submissionId, submissions.id))
      // The current status's text: the history entry the state points at (primary-key lookup).
      .innerJoin(
        requestStatusEvents,
        and(
          eq(requestStatusEvents.submissionId, requestStates.submissionId),
          eq(requestStatusEvents.sequence, requestStates.lastSequence),
        ),
      )
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
    return rows.map((r) => ({
      submission: toSubmissionRecord(r.submissions),
      state: toState(r.request_states),
      statusText: r.request_status_events.citizenText,
    }));
  }

  const store: RequestRepository = {
    async appendStatus(e, options = {}) {
      return db.transaction((tx) => appendStatusTx(tx, e, options));
    },
    async getState(submissionId) {
      const [row] = await db.select().from(requestStates).where(eq(requestStates.submissionId, submissionId));
      return row ? toState(row) : null;
    },
    async listHistory(submissionId) {
      const rows = await db
        .select()
        .from(requestStatusEvents)
        .where(eq(requestStatusEvents.submissionId, submissionId))
        .orderBy(asc(requestStatusEvents.sequence));
      return rows.map(toEvent);
    },
    async list(query) {
      const where: SQL[] = [eq(requestStates.agencyId, query.agencyId)];
      if (query.serviceCode) where.push(eq(requestStates.serviceCode, query.serviceCode));
      if (query.status) where.push(eq(requestStates.status, query.status));
      if (query.search) {
        const pattern = `%${query.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        where.push(
          or(
            eq(submissions.reference, query.search),
            sql`${submissions.applicantName} ilike ${pattern} escape '\\'`,
          )!,
        );
      }
      return listItems(
        and(...where),
        [desc(requestStates.updatedAt), desc(requestStates.submissionId)],
        query.limit,
        query.offset,
      );
    },
    async listForApplicant(personalCode, limit) {
      return listItems(
        eq(submissions.applicantPersonalCode, personalCode),
        [desc(submissions.createdAt), desc(submissions.id)],
        limit,
        0,
      );
    },

    async putMapping(record) {
      const stored = {
        ...record,
        createdAt: toIsoUtc(record.createdAt),
        updatedAt: toIsoUtc(record.updatedAt),
      };
      const [row] = await db
        .insert(requestStatusMappings)
        .values(stored)
        .onConflictDoUpdate({
          target: [requestStatusMappings.serviceCode, requestStatusMappings.code],
          set: {
            status: stored.status,
            text: stored.text,
            notify: stored.notify,
            final: stored.final,
            updatedAt: stored.updatedAt,
          },
        })
        .returning();
      return toMapping(row!);
    },
    async listMappings(serviceCode) {
      const rows = await db
        .select()
        .from(requestStatusMappings)
        .where(eq(requestStatusMappings.serviceCode, serviceCode))
        .orderBy(asc(requestStatusMappings.code));
      return rows.map(toMapping);
    },
    async deleteMapping(serviceCode, code) {
      const gone = await db
        .delete(requestStatusMappings)
        .where(and(eq(requestStatusMappings.serviceCode, serviceCode), eq(requestStatusMappings.code, code)))
        .returning({ id: requestStatusMappings.id });
      return gone.length > 0;
    },

    async getDocument(id) {
      const [row] = await db.select().from(requestDocuments).where(eq(requestDocuments.id, id));
      return row ? toDocument(row) : null;
    },
    async listDocuments(submissionId) {
      const { content: _content, ...columns } = getTableColumns(requestDocuments);
      const rows = await db
        .select(columns)
        .from(requestDocuments)
        .where(eq(requestDocuments.submissionId, submissionId))
        .orderBy(asc(requestDocuments.createdAt), asc(requestDocuments.id));
      return rows.map((r) => ({ ...r, createdAt: toIsoUtc(r.createdAt) }));
    },

    async addMessage({ message, attachments, notifications: toSend, status }) {
      return db.transaction(async (tx) => {
        // Serialise with status changes of the same request (and with a concurrent retry).
        await tx
          .select({ id: requestStates.submissionId })
          .from(requestStates)
          .where(eq(requestStates.submissionId, message.submissionId))
          .for('update');
        if (message.idempotencyKey !== null) {
          const [seen] = await tx
            .select()
            .from(requestMessages)
            .where(
              and(
                eq(requestMessages.submissionId, message.submissionId),
                eq(requestMessages.idempotencyKey, message.idempotencyKey),
              ),
            );
          if (seen) return { created: false, message: toMessage(seen) };
        }
        const stored = { ...message, createdAt: toIsoUtc(message.createdAt) };
        await tx.insert(requestMessages).values(stored);
        if (attachments.length > 0) await tx.insert(requestDocuments).values(attachments);
        await insertNotifications(tx, toSend);
        if (status) {
          await appendStatusTx(
            tx,
            { ...status, document: null, idempotencyKey: null, requestHash: null, notifications: [] },
            { onlyFrom: status.onlyFrom },
          );
        }
        return { created: true, message: stored };
      });
    },
    async listMessages(submissionId) {
      const rows = await db
        .select()
        .from(requestMessages)
        .where(eq(requestMessages.submissionId, submissionId))
        .orderBy(asc(requestMessages.createdAt), asc(requestMessages.id));
      return rows.map(toMessage);
    },
    async listUnreadFromApplicants(agencyId, limit) {
      const rows = await db
        .select()
        .from(requestMessages)
        .where(
          and(
            eq(requestMessages.agencyId, agencyId),
            eq(requestMessages.direction, 'from_applicant'),
            isNull(requestMessages.agencyReadAt),
          ),
        )
        .orderBy(asc(requestMessages.createdAt), asc(requestMessages.id))
        .limit(limit);
      return rows.map(toMessage);
    },
    async markMessageRead(id, agencyId, at) {
      await db
        .update(requestMessages)
        .set({ agencyReadAt: toIsoUtc(at) })
        .where(
          and(
            eq(requestMessages.id, id),
            eq(requestMessages.agencyId, agencyId),
            isNull(requestMessages.agencyReadAt),
          ),
        );
      // Already read is fine (idempotent); only another agency's or an unknown message is false.
      const [row] = await db
        .select({ id: requestMessages.id })
        .from(requestMessages)
        .where(and(eq(requestMessages.id, id), eq(requestMessages.agencyId, agencyId)));
      return row !== undefined;
    },

    ...createPgNotificationStore(db),
  };

  return {
    store,
    clocks,
    /** Inside the submission's transaction: the request starts its history as "submitted". */
    async addSubmitted(tx: Tx, submission: SubmissionRecord): Promise<void> {
      const { state, event } = submittedEvent(submission);
      await tx.insert(requestStates).values(state);
      await tx.insert(requestStatusEvents).values(event);
      await clocks.start(tx, state, state.createdAt);
    },
  };
}
