/**
 * Where notifications go. Real sending is SMTP through nodemailer; the embedded default is a
 * capturing SIMULATOR for each channel that keeps what would have been sent in the database
 * (shown on /dev/mail and by GET /api/dev/captured-messages), so development and tests need no
 * mail server or SMS gateway. A real SMS gateway plugs in as another `SmsTransport`.
 */
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Repository } from '../storage/repository.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'capture';
  send(mail: OutgoingMail): Promise<void>;
}

export interface SmsTransport {
  readonly kind: 'gateway' | 'capture';
  send(sms: { to: string; text: string }): Promise<void>;
}

/** Sends through an SMTP server (SMTP_URL). */
export function createSmtpMailTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/**
 * The mail SIMULATOR: nodemailer composes the message exactly as for SMTP (its JSON transport),
 * and the result is stored instead of sent.
 */
export function createCapturingMailTransport(
  repo: Repository,
  from: string,
  clock: () => Date,
): MailTransport {
  const transporter = nodemailer.createTransport({ jsonTransport: true });
  return {
    kind: 'capture',
    async send(mail) {
      const info = await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      const composed = JSON.parse(String(info.message)) as { subject?: string; text?: string };
      await repo.requests.putCaptured({
        id: randomUUID(),
        channel: 'email',
        from,
        to: mail.to,
        subject: composed.subject ?? mail.subject,
        text: composed.text ?? mail.text,
        createdAt: clock().toISOString(),
      });
    },
  };
}

/** The SMS SIMULATOR: keeps the message instead of handing it to a gateway. */
export function createCapturingSmsTransport(repo: Repository, from: string, clock: () => Date): SmsTransport {
  return {
    kind: 'capture',
    async send(sms) {
      await repo.requests.putCaptured({
        id: randomUUID(),
        channel: 'sms',
        from,
        to: sms.to,
        subject: null,
        text: sms.text,
        createdAt: clock().toISOString(),
      });
    },
  };
}
