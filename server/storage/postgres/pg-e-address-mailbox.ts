/**
 * The embedded e-address SIMULATOR's mailboxes on PostgreSQL (issue 6): what the platform
 * delivered to agencies' e-addresses and what they answered. Part of the delivery store.
 */
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { DeliveryRepository, EAddressMessageRecord } from '../delivery-records.ts';
import { toIsoUtc, toIsoUtcOrNull } from '../to-iso-utc.ts';
import type { PostgresDb } from './open-postgres.ts';
import { eAddressSimulatorMessages } from './tables.ts';

const toMessage = (row: typeof eAddressSimulatorMessages.$inferSelect): EAddressMessageRecord => ({
  ...row,
  createdAt: toIsoUtc(row.createdAt),
  receiptAt: toIsoUtcOrNull(row.receiptAt),
});

export function createPgEAddressMailbox(
  db: PostgresDb,
): Pick<
  DeliveryRepository,
  'putEAddressMessage' | 'listEAddressMessages' | 'getEAddressMessage' | 'setEAddressReceipt'
> {
  return {
    async putEAddressMessage(record) {
      await db
        .insert(eAddressSimulatorMessages)
        .values({ ...record, createdAt: toIsoUtc(record.createdAt) })
        .onConflictDoNothing();
      const [row] = await db
        .select()
        .from(eAddressSimulatorMessages)
        .where(eq(eAddressSimulatorMessages.id, record.id));
      return toMessage(row!);
    },
    async listEAddressMessages(query) {
      const m = eAddressSimulatorMessages;
      const rows = await db
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
        .limit(query.limit);
      return rows.map(toMessage);
    },
    async getEAddressMessage(id) {
      const [row] = await db
        .select()
        .from(eAddressSimulatorMessages)
        .where(eq(eAddressSimulatorMessages.id, id));
      return row ? toMessage(row) : null;
    },
    async setEAddressReceipt(id, at) {
      const rows = await db
        .update(eAddressSimulatorMessages)
        .set({ receiptAt: toIsoUtc(at) })
        .where(and(eq(eAddressSimulatorMessages.id, id), isNull(eAddressSimulatorMessages.receiptAt)))
        .returning({ id: eAddressSimulatorMessages.id });
      return rows.length > 0;
    },
  };
}
