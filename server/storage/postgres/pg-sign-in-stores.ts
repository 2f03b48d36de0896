/**
 * Sign-in storage on PostgreSQL (issue 5): browser sessions, sign-ins under way and the staff
 * roles an agency admin assigned. Part of the Repository (pg-repository.ts).
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import {
  DuplicateError,
  type LoginAttemptRepository,
  type RoleAssignmentRepository,
  type SessionRepository,
} from '../repository.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import { findUniqueViolation } from '../unique-violation.ts';
import type { PostgresDb } from './open-postgres.ts';
import { toLoginAttemptRecord, toRoleAssignmentRecord, toSessionRecord } from './pg-records.ts';
import { loginAttempts, roleAssignments, sessions } from './tables.ts';

const p = sql.placeholder;

async function rethrowDuplicate(error: unknown, entity: string, key: () => string): Promise<never> {
  if (findUniqueViolation(error)) throw new DuplicateError(entity, key());
  throw error;
}

export function createPgSignInStores(db: PostgresDb): {
  sessions: SessionRepository;
  loginAttempts: LoginAttemptRepository;
  roleAssignments: RoleAssignmentRepository;
} {
  // Every request with a session cookie reads these two.
  const sessionById = db
    .select()
    .from(sessions)
    .where(eq(sessions.id, p('id')))
    .prepare('session_by_id');
  const roleAssignmentsByPerson = db
    .select()
    .from(roleAssignments)
    .where(eq(roleAssignments.personalCode, p('personalCode')))
    .orderBy(roleAssignments.agencyId)
    .prepare('role_assignments_by_person');

  return {
    sessions: {
      async create(record) {
        const stored = {
          ...record,
          createdAt: toIsoUtc(record.createdAt),
          lastSeenAt: toIsoUtc(record.lastSeenAt),
          idleExpiresAt: toIsoUtc(record.idleExpiresAt),
          absoluteExpiresAt: toIsoUtc(record.absoluteExpiresAt),
        };
        await db
          .insert(sessions)
          .values(stored)
          .catch((e) => rethrowDuplicate(e, 'session', () => record.id));
        return stored;
      },
      async get(id) {
        const [row] = await sessionById.execute({ id });
        return row ? toSessionRecord(row) : null;
      },
      async touch(id, lastSeenAt, idleExpiresAt) {
        const rows = await db
          .update(sessions)
          .set({ lastSeenAt: toIsoUtc(lastSeenAt), idleExpiresAt: toIsoUtc(idleExpiresAt) })
          .where(eq(sessions.id, id))
          .returning({ id: sessions.id });
        return rows.length > 0;
      },
      async delete(id) {
        const rows = await db.delete(sessions).where(eq(sessions.id, id)).returning({ id: sessions.id });
        return rows.length > 0;
      },
      async deleteExpired(now) {
        const rows = await db
          .delete(sessions)
          .where(lte(sessions.idleExpiresAt, toIsoUtc(now)))
          .returning({ id: sessions.id });
        return rows.length;
      },
    },

    loginAttempts: {
      async create(record) {
        const stored = {
          ...record,
          createdAt: toIsoUtc(record.createdAt),
          expiresAt: toIsoUtc(record.expiresAt),
        };
        await db
          .insert(loginAttempts)
          .values(stored)
          .catch((e) => rethrowDuplicate(e, 'login attempt', () => record.stateHash));
        return stored;
      },
      async take(stateHash, now) {
        // DELETE ... RETURNING: of two concurrent takes, the second waits for the row lock and
        // then finds the row gone, so an attempt is used at most once.
        const [row] = await db
          .delete(loginAttempts)
          .where(eq(loginAttempts.stateHash, stateHash))
          .returning();
        if (!row) return null;
        const taken = toLoginAttemptRecord(row);
        return taken.expiresAt > toIsoUtc(now) ? taken : null;
      },
      async deleteExpired(now) {
        const rows = await db
          .delete(loginAttempts)
          .where(lte(loginAttempts.expiresAt, toIsoUtc(now)))
          .returning({ stateHash: loginAttempts.stateHash });
        return rows.length;
      },
    },

    roleAssignments: {
      async get(agencyId, personalCode) {
        const [row] = await db
          .select()
          .from(roleAssignments)
          .where(and(eq(roleAssignments.agencyId, agencyId), eq(roleAssignments.personalCode, personalCode)));
        return row ? toRoleAssignmentRecord(row) : null;
      },
      async put(record) {
        const stored = {
          ...record,
          roles: [...new Set(record.roles)],
          updatedAt: toIsoUtc(record.updatedAt),
        };
        if (stored.roles.length === 0) {
          await db
            .delete(roleAssignments)
            .where(
              and(
                eq(roleAssignments.agencyId, record.agencyId),
                eq(roleAssignments.personalCode, record.personalCode),
              ),
            );
          return stored;
        }
        await db
          .insert(roleAssignments)
          .values(stored)
          .onConflictDoUpdate({
            target: [roleAssignments.agencyId, roleAssignments.personalCode],
            set: { roles: stored.roles, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy },
          });
        return stored;
      },
      async listByPersonalCode(personalCode) {
        const rows = await roleAssignmentsByPerson.execute({ personalCode });
        return rows.map(toRoleAssignmentRecord);
      },
    },
  };
}
