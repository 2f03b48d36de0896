/**
 * Notifications on PostgreSQL (issue 6): people's preferences, the outbox of e-mails and SMS
 * sent after commit, and the capturing simulators' messages. Part of the request store.
 */
import { and, asc, desc, eq, lte, type SQL } from 'drizzle-orm';
import type { CapturedMessageRecord, NotificationRecord, RequestRepository } from '../request-records.ts';
import { toIsoUtc, toIsoUtcOrNull } from '../to-iso-utc.ts';
import type { PostgresDb } from './open-postgres.ts';
import { capturedMessages, notificationPreferences, notifications } from './request-tables.ts';

const toNotification = (r: typeof notifications.$inferSelect): NotificationRecord => ({
  ...r,
  nextAttemptAt: toIsoUtc(r.nextAttemptAt),
  createdAt: toIsoUtc(r.createdAt),
  sentAt: toIsoUtcOrNull(r.sentAt),
});
const toCaptured = (r: typeof capturedMessages.$inferSelect): CapturedMessageRecord => ({
  ...r,
  createdAt: toIsoUtc(r.createdAt),
});

export function createPgNotificationStore(
  db: PostgresDb,
): Pick<
  RequestRepository,
  | 'getPreferences'
  | 'putPreferences'
  | 'listDueNotifications'
  | 'markNotification'
  | 'listNotifications'
  | 'putCaptured'
  | 'listCaptured'
> {
  return {
    async getPreferences(personalCode) {
      const [row] = await db
        .select()
        .from(notificationPreferences)
        .where(eq(notificationPreferences.personalCode, personalCode));
      return row ? { ...row, updatedAt: toIsoUtc(row.updatedAt) } : null;
    },
    async putPreferences(record) {
      const stored = { ...record, updatedAt: toIsoUtc(record.updatedAt) };
      await db
        .insert(notificationPreferences)
        .values(stored)
        .onConflictDoUpdate({ target: notificationPreferences.personalCode, set: stored });
      return stored;
    },

    async listDueNotifications(now, limit) {
      const rows = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.state, 'pending'), lte(notifications.nextAttemptAt, toIsoUtc(now))))
        .orderBy(asc(notifications.nextAttemptAt), asc(notifications.id))
        .limit(limit);
      return rows.map(toNotification);
    },
    async markNotification(id, outcome) {
      await db.update(notifications).set(outcome).where(eq(notifications.id, id));
    },
    async listNotifications(submissionId) {
      const rows = await db
        .select()
        .from(notifications)
        .where(eq(notifications.submissionId, submissionId))
        .orderBy(asc(notifications.createdAt), asc(notifications.id));
      return rows.map(toNotification);
    },

    async putCaptured(record) {
      await db.insert(capturedMessages).values(record);
    },
    async listCaptured(query) {
      const where: SQL[] = [];
      if (query.channel) where.push(eq(capturedMessages.channel, query.channel));
      if (query.to) where.push(eq(capturedMessages.to, query.to));
      const rows = await db
        .select()
        .from(capturedMessages)
        .where(and(...where))
        .orderBy(desc(capturedMessages.createdAt), desc(capturedMessages.id))
        .limit(query.limit);
      return rows.map(toCaptured);
    },
  };
}
