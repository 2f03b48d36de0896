/**
 * PostgreSQL: loads many requests with their histories at once (benchmarks; see
 * ../testing/bulk-requests.ts): one `insert ... select from unnest(arrays)` per table and chunk,
 * so a chunk of thousands of rows is one round trip with a handful of parameters.
 */
import { type BulkRequest, bulkRows } from '../testing/bulk-requests.ts';
import type { PostgresDb } from './open-postgres.ts';

const CHUNK = 10_000;

export async function bulkLoadRequestsPg(db: PostgresDb, requests: readonly BulkRequest[]): Promise<void> {
  for (let start = 0; start < requests.length; start += CHUNK) {
    const chunk = requests.slice(start, start + CHUNK);
    const { states, events } = bulkRows(chunk);
    const subs = chunk.map((r) => r.submission);
    const client = await db.$client.connect();
    try {
      await client.query('begin');
      await client.query(
        `insert into submissions (id, reference, service_code, version, agency_id, data, created_at)
         select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::jsonb[], $7::timestamptz[])`,
        [
          subs.map((s) => s.id),
          subs.map((s) => s.reference),
          subs.map((s) => s.serviceCode),
          subs.map((s) => s.version),
          subs.map((s) => s.agencyId),
          subs.map((s) => JSON.stringify(s.data)),
          subs.map((s) => s.createdAt),
        ],
      );
      await client.query(
        `insert into request_states (submission_id, agency_id, service_code, status, last_sequence, final, created_at, updated_at)
         select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::boolean[], $7::timestamptz[], $8::timestamptz[])`,
        [
          states.map((r) => r.submissionId),
          states.map((r) => r.agencyId),
          states.map((r) => r.serviceCode),
          states.map((r) => r.status),
          states.map((r) => r.lastSequence),
          states.map((r) => r.final),
          states.map((r) => r.createdAt),
          states.map((r) => r.updatedAt),
        ],
      );
      await client.query(
        `insert into request_status_events (submission_id, sequence, status, citizen_text, actor, at)
         select * from unnest($1::text[], $2::int[], $3::text[], $4::jsonb[], $5::text[], $6::timestamptz[])`,
        [
          events.map((e) => e.submissionId),
          events.map((e) => e.sequence),
          events.map((e) => e.status),
          events.map((e) => e.citizenText),
          events.map((e) => e.actor),
          events.map((e) => e.at),
        ],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }
  await db.$client.query('analyze submissions, request_states, request_status_events');
}
