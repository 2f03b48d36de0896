/**
 * Sign-in storage on SQLite (issue 5): browser sessions, sign-ins under way and the staff roles
 * an agency admin assigned. Part of the Repository (sqlite-repository.ts).
 */
import { and, eq, lte } from 'drizzle-orm';
import {
  DuplicateError,
  type LoginAttemptRepository,
  type RoleAssignmentRepository,
  type SessionRepository,
} from '../repository.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import { findUniqueViolation } from '../unique-violation.ts';
import type { SqliteDb } from './open-sqlite.ts';
import type { prepareSqliteStatements } from './sqlite-statements.ts';
import { loginAttempts, roleAssignments, sessions } from './tables.ts';

export function createSqliteSignInStores(
  db: SqliteDb,
  q: ReturnType<typeof prepareSqliteStatements>,
): {
  sessions: SessionRepository;
  loginAttempts: LoginAttemptRepository;
  roleAssignments: RoleAssignmentRepository;
} {
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
        try {
          db.insert(sessions).values(stored).run();
        } catch (error) {
          if (findUniqueViolation(error)) throw new DuplicateError('session', record.id);
          throw error;
        }
        return stored;
      },
      async get(id) {
        return q.sessionById.get({ id }) ?? null;
      },
      async touch(id, lastSeenAt, idleExpiresAt) {
        const result = db
          .update(sessions)
          .set({ lastSeenAt: toIsoUtc(lastSeenAt), idleExpiresAt: toIsoUtc(idleExpiresAt) })
          .where(eq(sessions.id, id))
          .run();
        return result.changes > 0;
      },
      async delete(id) {
        return db.delete(sessions).where(eq(sessions.id, id)).run().changes > 0;
      },
      async deleteExpired(now) {
        return db
          .delete(sessions)
          .where(lte(sessions.idleExpiresAt, toIsoUtc(now)))
          .run().changes;
      },
    },

    loginAttempts: {
      async create(record) {
        const stored = {
          ...record,
          createdAt: toIsoUtc(record.createdAt),
          expiresAt: toIsoUtc(record.expiresAt),
        };
        try {
          db.insert(loginAttempts).values(stored).run();
        } catch (error) {
          if (findUniqueViolation(error)) throw new DuplicateError('login attempt', record.stateHash);
          throw error;
        }
        return stored;
      },
      async take(stateHash, now) {
        // One statement removes and returns the row: a second take finds nothing (single use).
        const taken = db
          .delete(loginAttempts)
          .where(eq(loginAttempts.stateHash, stateHash))
          .returning()
          .get();
        return taken && taken.expiresAt > toIsoUtc(now) ? taken : null;
      },
      async deleteExpired(now) {
        return db
          .delete(loginAttempts)
          .where(lte(loginAttempts.expiresAt, toIsoUtc(now)))
          .run().changes;
      },
    },

    roleAssignments: {
      async get(agencyId, personalCode) {
        return (
          db
            .select()
            .from(roleAssignments)
            .where(
              and(eq(roleAssignments.agencyId, agencyId), eq(roleAssignments.personalCode, personalCode)),
            )
            .get() ?? null
        );
      },
      async put(record) {
        const stored = {
          ...record,
          roles: [...new Set(record.roles)],
          updatedAt: toIsoUtc(record.updatedAt),
        };
        const key = and(
          eq(roleAssignments.agencyId, record.agencyId),
          eq(roleAssignments.personalCode, record.personalCode),
        );
        if (stored.roles.length === 0) {
          db.delete(roleAssignments).where(key).run();
          return stored;
        }
        db.insert(roleAssignments)
          .values(stored)
          .onConflictDoUpdate({
            target: [roleAssignments.agencyId, roleAssignments.personalCode],
            set: { roles: stored.roles, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy },
          })
          .run();
        return stored;
      },
      async listByPersonalCode(personalCode) {
        return q.roleAssignmentsByPerson.all({ personalCode });
      },
    },
  };
}
