/**
 * The embedded e-address SIMULATOR's mailboxes on SQLite (issue 6): what the platform delivered
 * to agencies' e-addresses and what they answered. Part of the delivery store.
 */
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { DeliveryRepository } from '../delivery-records.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import type { SqliteDb } from './open-sqlite.ts';
import { eAddressSimulatorMessages } from './tables.ts';

export function createSqliteEAddressMailbox(
  db: SqliteDb,
): Pick<
  DeliveryRepository,
  'putEAddressMessage' | 'listEAddressMessages' | 'getEAddressMessage' | 'setEAddressReceipt'
> {
  return {
    async putEAddressMessage(record) {
      const stored = { ...record, createdAt: toIsoUtc(record.createdAt) };
      // The message id is the delivery's message id: a retry after a crash stores nothing twice.
      db.insert(eAddressSimulatorMessages).values(stored).onConflictDoNothing().run();
      return db
        .select()
        .from(eAddressSimulatorMessages)
        .where(eq(eAddressSimulatorMessages.id, record.id))
        .get()!;
    },
    async listEAddressMessages(query) {
      const m = eAddressSimulatorMessages;
      return db
        .select()
        .from(m)
        .where(
          and(
            query.address === undefined
              ? undefined
              : or(eq(m.recipient, query.address), eq(m.sender, query.address)),
            query.direction === undefined ? undefined : eq(m.direction, query.direction),
            query.unreceipted ? isNull(m.receiptAt) : undefined,
          ),
        )
        .orderBy(asc(m.createdAt), asc(m.id))
        .limit(query.limit)
        .all();
    },
    async getEAddressMessage(id) {
      return (
        db.select().from(eAddressSimulatorMessages).where(eq(eAddressSimulatorMessages.id, id)).get() ?? null
      );
    },
    async setEAddressReceipt(id, at) {
      return (
        db
          .update(eAddressSimulatorMessages)
          .set({ receiptAt: toIsoUtc(at) })
          .where(and(eq(eAddressSimulatorMessages.id, id), isNull(eAddressSimulatorMessages.receiptAt)))
          .run().changes > 0
      );
    },
  };
}
