/**
 * The central request registry on SQLite (issue 6). Every change is one synchronous transaction:
 * the history entry, the current-state projection, a result document and the notifications to
 * send commit together, and nothing interleaves (better-sqlite3 is synchronous).
 */
import { and, asc, desc, eq, getTableColumns, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { SubmissionRecord } from '../repository.ts';
import type {
  AppendStatusOptions,
  AppendStatusResult,
  NewStatusEvent,
  NotificationRecord,
  RequestRepository,
  StatusEventRecord,
} from '../request-records.ts';
import { submittedEvent } from '../request-records.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import type { SqliteDb } from './open-sqlite.ts';
import {
  capturedMessages,
  notificationPreferences,
  notifications,
  requestDocuments,
  requestMessages,
  requestStates,
  requestStatusEvents,
  requestStatusMappings,
} from './request-tables.ts';
import { createSqliteRequestClocks } from './sqlite-request-clocks.ts';
import { submissions } from './tables.ts';

export function createSqliteRequestStore(db: SqliteDb) {
  // Service statistics (issue 7): each request's processing clock moves with its history.
  const clocks = createSqliteRequestClocks(db);
  function insertNotifications(list: NotificationRecord[]) {
    for (const n of list) db.insert(notifications).values(n).run();
  }

  /** Runs inside a transaction. */
  function appendStatusSync(e: NewStatusEvent, options: AppendStatusOptions): AppendStatusResult {
    const state = db.select().from(requestStates).where(eq(requestStates.submissionId, e.submissionId)).get();
    if (!state) return { ok: false, reason: 'not_found' };
    if (e.idempotencyKey !== null) {
      const seen = db
        .select()
        .from(requestStatusEvents)
        .where(
          and(
            eq(requestStatusEvents.submissionId, e.submissionId),
            eq(requestStatusEvents.idempotencyKey, e.idempotencyKey),
          ),
        )
        .get();
      if (seen) {
        return seen.requestHash === e.requestHash
          ? { ok: true, event: seen, replayed: true }
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
    if (e.document)
      db.insert(requestDocuments)
        .values({ ...e.document, messageId: null })
        .run();
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
    db.insert(requestStatusEvents).values(event).run();
    clocks.advance(state, e.status, at);
    db.update(requestStates)
      .set({
        status: e.status,
        agencyCode: e.agencyCode,
        lastSequence: sequence,
        final: e.final,
        updatedAt: at,
      })
      .where(eq(requestStates.submissionId, e.submissionId))
      .run();
    insertNotifications(e.notifications);
    return { ok: true, event, replayed: false };
  }

  function listItems(where: SQL | undefined, order: SQL[], limit: number, offset: number) {
    const rows = db
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
      .offset(offset)
      .all();
    return rows.map((r) => ({
      submission: r.submissions as SubmissionRecord,
      state: r.request_states,
      statusText: r.request_status_events.citizenText,
    }));
  }

  const store: RequestRepository = {
    async appendStatus(e, options = {}) {
      return db.transaction(() => appendStatusSync(e, options), { behavior: 'immediate' });
    },
    async getState(submissionId) {
      return (
        db.select().from(requestStates).where(eq(requestStates.submissionId, submissionId)).get() ?? null
      );
    },
    async listHistory(submissionId) {
      return db
        .select()
        .from(requestStatusEvents)
        .where(eq(requestStatusEvents.submissionId, submissionId))
        .orderBy(asc(requestStatusEvents.sequence))
        .all();
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
            sql`${submissions.applicantName} like ${pattern} escape '\\'`,
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
      return db
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
        .returning()
        .get();
    },
    async listMappings(serviceCode) {
      return db
        .select()
        .from(requestStatusMappings)
        .where(eq(requestStatusMappings.serviceCode, serviceCode))
        .orderBy(asc(requestStatusMappings.code))
        .all();
    },
    async deleteMapping(serviceCode, code) {
      const gone = db
        .delete(requestStatusMappings)
        .where(and(eq(requestStatusMappings.serviceCode, serviceCode), eq(requestStatusMappings.code, code)))
        .returning({ id: requestStatusMappings.id })
        .all();
      return gone.length > 0;
    },

    async getDocument(id) {
      const row = db.select().from(requestDocuments).where(eq(requestDocuments.id, id)).get();
      if (!row) return null;
      // better-sqlite3 hands back a Buffer; the contract is plain bytes on both engines.
      return { ...row, content: row.content ? new Uint8Array(row.content) : null };
    },
    async listDocuments(submissionId) {
      const { content: _content, ...columns } = getTableColumns(requestDocuments);
      return db
        .select(columns)
        .from(requestDocuments)
        .where(eq(requestDocuments.submissionId, submissionId))
        .orderBy(asc(requestDocuments.createdAt), asc(requestDocuments.id))
        .all();
    },

    async addMessage({ message, attachments, notifications: toSend, status }) {
      return db.transaction(
        () => {
          if (message.idempotencyKey !== null) {
            const seen = db
              .select()
              .from(requestMessages)
              .where(
                and(
                  eq(requestMessages.submissionId, message.submissionId),
                  eq(requestMessages.idempotencyKey, message.idempotencyKey),
                ),
              )
              .get();
            if (seen) return { created: false, message: seen };
          }
          const stored = { ...message, createdAt: toIsoUtc(message.createdAt) };
          db.insert(requestMessages).values(stored).run();
          for (const a of attachments) db.insert(requestDocuments).values(a).run();
          insertNotifications(toSend);
          if (status) {
            appendStatusSync(
              { ...status, document: null, idempotencyKey: null, requestHash: null, notifications: [] },
              { onlyFrom: status.onlyFrom },
            );
          }
          return { created: true, message: stored };
        },
        { behavior: 'immediate' },
      );
    },
    async listMessages(submissionId) {
      return db
        .select()
        .from(requestMessages)
        .where(eq(requestMessages.submissionId, submissionId))
        .orderBy(asc(requestMessages.createdAt), asc(requestMessages.id))
        .all();
    },
    async listUnreadFromApplicants(agencyId, limit) {
      return db
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
        .limit(limit)
        .all();
    },
    async markMessageRead(id, agencyId, at) {
      const rows = db
        .update(requestMessages)
        .set({ agencyReadAt: toIsoUtc(at) })
        .where(
          and(
            eq(requestMessages.id, id),
            eq(requestMessages.agencyId, agencyId),
            isNull(requestMessages.agencyReadAt),
          ),
        )
        .returning({ id: requestMessages.id })
        .all();
      if (rows.length > 0) return true;
      // Already read is fine (idempotent); only another agency's or an unknown message is false.
      return (
        db
          .select({ id: requestMessages.id })
          .from(requestMessages)
          .where(and(eq(requestMessages.id, id), eq(requestMessages.agencyId, agencyId)))
          .get() !== undefined
      );
    },

    async getPreferences(personalCode) {
      return (
        db
          .select()
          .from(notificationPreferences)
          .where(eq(notificationPreferences.personalCode, personalCode))
          .get() ?? null
      );
    },
    async putPreferences(record) {
      const stored = { ...record, updatedAt: toIsoUtc(record.updatedAt) };
      db.insert(notificationPreferences)
        .values(stored)
        .onConflictDoUpdate({ target: notificationPreferences.personalCode, set: stored })
        .run();
      return stored;
    },

    async listDueNotifications(now, limit) {
      return db
        .select()
        .from(notifications)
        .where(and(eq(notifications.state, 'pending'), lte(notifications.nextAttemptAt, toIsoUtc(now))))
        .orderBy(asc(notifications.nextAttemptAt), asc(notifications.id))
        .limit(limit)
        .all();
    },
    async markNotification(id, outcome) {
      db.update(notifications).set(outcome).where(eq(notifications.id, id)).run();
    },
    async listNotifications(submissionId) {
      return db
        .select()
        .from(notifications)
        .where(eq(notifications.submissionId, submissionId))
        .orderBy(asc(notifications.createdAt), asc(notifications.id))
        .all();
    },

    async putCaptured(record) {
      db.insert(capturedMessages).values(record).run();
    },
    async listCaptured(query) {
      const where: SQL[] = [];
      if (query.channel) where.push(eq(capturedMessages.channel, query.channel));
      if (query.to) where.push(eq(capturedMessages.to, query.to));
      return db
        .select()
        .from(capturedMessages)
        .where(and(...where))
        .orderBy(desc(capturedMessages.createdAt), desc(capturedMessages.id))
        .limit(query.limit)
        .all();
    },
  };

  return {
    store,
    clocks,
    /** Inside the submission's transaction: the request starts its history as "submitted". */
    addSubmitted(submission: SubmissionRecord): void {
      const { state, event } = submittedEvent(submission);
      db.insert(requestStates).values(state).run();
      db.insert(requestStatusEvents).values(event).run();
      clocks.start(state, state.createdAt);
    },
  };
}
