/**
 * Row-to-record mapping for PostgreSQL: the only difference from the repository records is the
 * timestamp text, which PostgreSQL returns as `2026-01-02 03:04:05.678+00` and the contract
 * wants as ISO 8601 UTC (to-iso-utc.ts). Kept apart so pg-repository.ts reads as queries only.
 */
import type {
  AgencyRecord,
  ApiKeyRecord,
  LoginAttemptRecord,
  RoleAssignmentRecord,
  ServiceRecord,
  ServiceVersionRecord,
  SessionRecord,
  SubmissionRecord,
} from '../repository.ts';
import { toIsoUtc, toIsoUtcOrNull } from '../to-iso-utc.ts';
import type {
  agencies,
  apiKeys,
  loginAttempts,
  roleAssignments,
  services,
  serviceVersions,
  sessions,
  submissions,
} from './tables.ts';

export function toAgencyRecord(row: typeof agencies.$inferSelect): AgencyRecord {
  return { ...row, createdAt: toIsoUtc(row.createdAt) };
}

export function toApiKeyRecord(row: typeof apiKeys.$inferSelect): ApiKeyRecord {
  return { ...row, createdAt: toIsoUtc(row.createdAt), revokedAt: toIsoUtcOrNull(row.revokedAt) };
}

export function toServiceRecord(row: typeof services.$inferSelect): ServiceRecord {
  return { ...row, createdAt: toIsoUtc(row.createdAt), updatedAt: toIsoUtc(row.updatedAt) };
}

export function toServiceVersionRecord(row: typeof serviceVersions.$inferSelect): ServiceVersionRecord {
  return { ...row, publishedAt: toIsoUtc(row.publishedAt) };
}

export function toSubmissionRecord(row: typeof submissions.$inferSelect): SubmissionRecord {
  return { ...row, createdAt: toIsoUtc(row.createdAt) };
}

export function toSessionRecord(row: typeof sessions.$inferSelect): SessionRecord {
  return {
    ...row,
    createdAt: toIsoUtc(row.createdAt),
    lastSeenAt: toIsoUtc(row.lastSeenAt),
    idleExpiresAt: toIsoUtc(row.idleExpiresAt),
    absoluteExpiresAt: toIsoUtc(row.absoluteExpiresAt),
  };
}

export function toLoginAttemptRecord(row: typeof loginAttempts.$inferSelect): LoginAttemptRecord {
  return { ...row, createdAt: toIsoUtc(row.createdAt), expiresAt: toIsoUtc(row.expiresAt) };
}

export function toRoleAssignmentRecord(row: typeof roleAssignments.$inferSelect): RoleAssignmentRecord {
  return { ...row, updatedAt: toIsoUtc(row.updatedAt) };
}
