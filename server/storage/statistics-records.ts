/**
 * The service statistics part of the repository (issue 7): every request's processing clock
 * (server/register/processing-clock.ts), kept by the request stores in the status change's own
 * transaction, and what is computed from the clocks.
 */
import type { StatisticsAggregate, StatisticsQuery } from '../register/service-statistics.ts';
import type { UnifiedStatus } from './request-records.ts';

/** An open request of a service past its target, for the owning agency. */
export interface OverdueRequestRecord {
  reference: string;
  status: UnifiedStatus;
  submittedAt: string;
  /** Calendar time the agency has had the request so far (awaiting the applicant left out). */
  elapsedMs: number;
  /** How far past the target: elapsedMs minus the target. */
  overdueMs: number;
}

export interface OverdueQuery {
  targetMs: number;
  nowMs: number;
  limit: number;
  offset: number;
}

export interface StatisticsRepository {
  /** The service's figures from its requests' clocks (one or a few indexed queries). */
  aggregate(serviceCode: string, query: StatisticsQuery): Promise<StatisticsAggregate>;
  /** The service's overdue open requests, the longest overdue first, and how many there are. */
  listOverdue(
    serviceCode: string,
    query: OverdueQuery,
  ): Promise<{ total: number; requests: OverdueRequestRecord[] }>;
  /**
   * Gives every request without a clock (written before the clocks existed) one computed from its
   * history. Idempotent, safe beside status changes; returns how many clocks it wrote.
   */
  backfill(): Promise<number>;
}
