import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';

/** A version submitted for review, as GET /api/reviews lists it (issue 7). */
export interface ReviewSummary {
  id: string;
  serviceCode: string;
  title: LocalizedText;
  state: 'pending' | 'returned' | 'approved';
  baseVersion: number | null;
  submittedBy: string;
  submittedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
  publishedVersion: number | null;
  /** The signed-in person submitted it, so may not decide it. */
  yours: boolean;
}

/** One review with the submitted version and the live one (GET /api/reviews/{id}). */
export interface Review extends ReviewSummary {
  definition: ServiceDefinition;
  live: ServiceDefinition | null;
}
