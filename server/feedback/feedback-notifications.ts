/**
 * Which notifications an agency's answer produces (issue 7): one per channel the person chose in
 * the workplace, in their language, through the same notification outbox as requests (written in
 * the change's transaction, sent after commit). People without preferences get none; they still
 * see the answer in the workplace.
 */
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../app/app-deps.ts';
import { feedbackAnsweredMail, feedbackAnsweredSms } from '../notifications/feedback-templates.ts';
import type { FeedbackRecord, FeedbackStatus } from '../storage/feedback-records.ts';
import type { NotificationRecord } from '../storage/request-records.ts';

export async function buildFeedbackNotifications(
  deps: Pick<AppDeps, 'repo' | 'config' | 'clock'>,
  record: FeedbackRecord,
  status: FeedbackStatus,
): Promise<NotificationRecord[]> {
  const preferences = await deps.repo.requests.getPreferences(record.authorPersonalCode);
  if (!preferences) return [];
  const at = deps.clock().toISOString();
  const input = {
    language: preferences.language,
    reference: record.reference,
    kind: record.kind,
    status,
    link: `${deps.config.publicUrl}/my/feedback/${encodeURIComponent(record.reference)}`,
  };
  const base = {
    // The outbox's submission column names requests only; feedback notifications stand alone.
    submissionId: null,
    state: 'pending' as const,
    attempts: 0,
    nextAttemptAt: at,
    lastError: null,
    createdAt: at,
    sentAt: null,
  };
  const out: NotificationRecord[] = [];
  if (preferences.channels.includes('email') && preferences.email) {
    const mail = feedbackAnsweredMail(input);
    out.push({
      ...base,
      id: randomUUID(),
      channel: 'email',
      recipient: preferences.email,
      subject: mail.subject,
      body: mail.text,
    });
  }
  if (preferences.channels.includes('sms') && preferences.phone) {
    out.push({
      ...base,
      id: randomUUID(),
      channel: 'sms',
      recipient: preferences.phone,
      subject: '',
      body: feedbackAnsweredSms(input),
    });
  }
  return out;
}
