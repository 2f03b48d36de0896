/** What the feedback API answers: one shape for the person and the agency (plus the author). */
import type { AppDeps } from '../../app/app-deps.ts';
import type { FeedbackRecord } from '../../storage/feedback-records.ts';
import { DEFAULT_STATUS_TEXTS, type LocalizedPair } from '../../storage/request-records.ts';
import { createTitleLookup } from '../requests/request-views.ts';

type TitleLookup = (code: string) => Promise<LocalizedPair>;

export async function feedbackSummary(record: FeedbackRecord, title: TitleLookup) {
  return {
    reference: record.reference,
    kind: record.kind,
    serviceCode: record.serviceCode,
    serviceTitle: record.serviceCode ? await title(record.serviceCode) : null,
    subject: record.subject,
    status: record.status,
    statusText: DEFAULT_STATUS_TEXTS[record.status],
    final: record.final,
    onBehalfOf: record.represented ? { kind: record.represented.kind, code: record.represented.code } : null,
    submittedAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export async function feedbackDetail(deps: Pick<AppDeps, 'repo'>, record: FeedbackRecord) {
  const events = await deps.repo.feedback.listEvents(record.id);
  return {
    ...(await feedbackSummary(record, createTitleLookup(deps))),
    body: record.body,
    history: events.map((e) => ({
      sequence: e.sequence,
      status: e.status,
      statusText: DEFAULT_STATUS_TEXTS[e.status],
      from: e.source,
      message: e.message,
      at: e.at,
    })),
  };
}

export async function agencyFeedbackDetail(deps: Pick<AppDeps, 'repo'>, record: FeedbackRecord) {
  return {
    ...(await feedbackDetail(deps, record)),
    author: { name: record.authorName, personalCode: record.authorPersonalCode },
  };
}
