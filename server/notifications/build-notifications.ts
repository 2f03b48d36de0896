/**
 * Which notifications a change produces: one per channel the applicant chose in the workplace,
 * in their language. Anonymous submissions and people without preferences get none. The records
 * are written in the same transaction as the change (a notification outbox) and sent after commit.
 */
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../app/app-deps.ts';
import type { SubmissionRecord } from '../storage/repository.ts';
import type {
  LocalizedPair,
  MessageText,
  NotificationPreferenceRecord,
  NotificationRecord,
} from '../storage/request-records.ts';
import {
  newMessageMail,
  newMessageSms,
  statusChangedMail,
  statusChangedSms,
  type TemplateInput,
} from './notification-templates.ts';

export type NotificationEvent =
  | { kind: 'status'; statusText: LocalizedPair; message: MessageText | null }
  | { kind: 'message'; asksForInformation: boolean };

export async function buildNotifications(
  deps: Pick<AppDeps, 'repo' | 'config' | 'clock'>,
  submission: SubmissionRecord,
  event: NotificationEvent,
): Promise<NotificationRecord[]> {
  if (!submission.applicantPersonalCode) return [];
  const preferences = await deps.repo.requests.getPreferences(submission.applicantPersonalCode);
  if (!preferences) return [];
  const service = await deps.repo.services.get(submission.serviceCode);
  const serviceTitle = service?.draft.title ?? { lv: submission.serviceCode, en: submission.serviceCode };
  return notificationsFor(
    preferences,
    {
      language: preferences.language,
      reference: submission.reference,
      serviceTitle,
      link: `${deps.config.publicUrl}/my/requests/${encodeURIComponent(submission.reference)}`,
    },
    event,
    submission.id,
    deps.clock().toISOString(),
  );
}

/** Pure: the records for one person's preferences. */
export function notificationsFor(
  preferences: NotificationPreferenceRecord,
  input: TemplateInput,
  event: NotificationEvent,
  submissionId: string,
  at: string,
): NotificationRecord[] {
  const base = {
    submissionId,
    state: 'pending' as const,
    attempts: 0,
    nextAttemptAt: at,
    lastError: null,
    createdAt: at,
    sentAt: null,
  };
  const out: NotificationRecord[] = [];
  if (preferences.channels.includes('email') && preferences.email) {
    const mail =
      event.kind === 'status'
        ? statusChangedMail({ ...input, statusText: event.statusText, message: event.message })
        : newMessageMail({ ...input, asksForInformation: event.asksForInformation });
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
    const text =
      event.kind === 'status'
        ? statusChangedSms({ ...input, statusText: event.statusText })
        : newMessageSms(input);
    out.push({
      ...base,
      id: randomUUID(),
      channel: 'sms',
      recipient: preferences.phone,
      subject: '',
      body: text,
    });
  }
  return out;
}
