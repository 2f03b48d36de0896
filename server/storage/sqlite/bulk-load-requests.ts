/**
 * SQLite: loads many requests with their histories at once (benchmarks; see
 * ../testing/bulk-requests.ts). One transaction, prepared statements.
 */
import { type BulkRequest, bulkRows } from '../testing/bulk-requests.ts';
import type { SqliteDb } from './open-sqlite.ts';

export function bulkLoadRequestsSqlite(db: SqliteDb, requests: readonly BulkRequest[]): void {
  const client = db.$client;
  const insertSubmission = client.prepare(
    `insert into submissions (id, reference, service_code, version, agency_id, data, created_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertState = client.prepare(
    `insert into request_states (submission_id, agency_id, service_code, status, last_sequence, final, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = client.prepare(
    `insert into request_status_events (submission_id, sequence, status, citizen_text, actor, at)
     values (?, ?, ?, ?, ?, ?)`,
  );
  const { states, events } = bulkRows(requests);
  client.transaction(() => {
    for (const { submission: s } of requests) {
      insertSubmission.run(
        s.id,
        s.reference,
        s.serviceCode,
        s.version,
        s.agencyId,
        JSON.stringify(s.data),
        s.createdAt,
      );
    }
    for (const r of states) {
      insertState.run(
        r.submissionId,
        r.agencyId,
        r.serviceCode,
        r.status,
        r.lastSequence,
        r.final ? 1 : 0,
        r.createdAt,
        r.updatedAt,
      );
    }
    for (const e of events)
      insertEvent.run(e.submissionId, e.sequence, e.status, e.citizenText, e.actor, e.at);
  })();
}
