/**
 * Many requests with whole status histories, for benchmarks and large tests: loaded in bulk
 * (one statement per table and chunk), not through the registry's one-change-per-transaction
 * path. Clocks are not written: the statistics backfill fills them in from the histories, as for
 * a database older than the clocks.
 */
import type { SubmissionRecord } from '../repository.ts';
import type { UnifiedStatus } from '../request-records.ts';

export interface BulkRequest {
  submission: SubmissionRecord;
  /** Oldest first; the first is `submitted` at the submission's createdAt. */
  events: Array<{ status: UnifiedStatus; at: string }>;
}

const FINAL = new Set<UnifiedStatus>(['completed', 'rejected', 'withdrawn']);

/** Rows of request_states and request_status_events, engine-neutral. */
export function bulkRows(requests: readonly BulkRequest[]) {
  const states = requests.map(({ submission, events }) => {
    const last = events[events.length - 1]!;
    return {
      submissionId: submission.id,
      agencyId: submission.agencyId,
      serviceCode: submission.serviceCode,
      status: last.status,
      lastSequence: events.length,
      final: FINAL.has(last.status),
      createdAt: submission.createdAt,
      updatedAt: last.at,
    };
  });
  const events = requests.flatMap(({ submission, events: list }) =>
    list.map((event, index) => ({
      submissionId: submission.id,
      sequence: index + 1,
      status: event.status,
      citizenText: JSON.stringify({ lv: event.status, en: event.status }),
      actor: index === 0 ? 'platform' : 'api-key:bench',
      at: event.at,
    })),
  );
  return { states, events };
}
