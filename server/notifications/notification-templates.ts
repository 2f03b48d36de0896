/**
 * What a notification says, in Latvian or English: plain words, the reference number and where
 * to read more. Pure, so the texts are tested without sending anything.
 */
import type { LocalizedPair, MessageText, NotificationLanguage } from '../storage/request-records.ts';

export interface TemplateInput {
  language: NotificationLanguage;
  reference: string;
  serviceTitle: LocalizedPair;
  /** The workplace page of this request. */
  link: string;
}

/** The message in the reader's language; a plain one-language text as it is. */
export function pickMessage(message: MessageText | null, language: NotificationLanguage): string | null {
  if (!message) return null;
  return message[language] ?? message.text ?? message.lv ?? message.en ?? null;
}

export function statusChangedMail(
  input: TemplateInput & { statusText: LocalizedPair; message: MessageText | null },
): { subject: string; text: string } {
  const { language: l, reference, link } = input;
  const title = input.serviceTitle[l];
  const status = input.statusText[l];
  const message = pickMessage(input.message, l);
  const lines =
    l === 'lv'
      ? [
          'Labdien!',
          '',
          `Jūsu pieteikumam "${title}" (${reference}) ir jauns statuss: ${status}.`,
          ...(message ? ['', `Iestādes ziņa: ${message}`] : []),
          '',
          `Sīkāk: ${link}`,
          '',
          'Šī vēstule ir nosūtīta automātiski; uz to nav jāatbild.',
        ]
      : [
          'Hello,',
          '',
          `Your request "${title}" (${reference}) has a new status: ${status}.`,
          ...(message ? ['', `Message from the agency: ${message}`] : []),
          '',
          `Details: ${link}`,
          '',
          'This e-mail was sent automatically; please do not reply to it.',
        ];
  const subject = l === 'lv' ? `${reference}: ${status}` : `${reference}: ${status}`;
  return { subject, text: lines.join('\n') };
}

export function newMessageMail(input: TemplateInput & { asksForInformation: boolean }): {
  subject: string;
  text: string;
} {
  const { language: l, reference, link } = input;
  const title = input.serviceTitle[l];
  if (l === 'lv') {
    const what = input.asksForInformation
      ? 'Iestāde lūdz jūs sniegt papildu informāciju'
      : 'Jums ir jauna ziņa no iestādes';
    return {
      subject: `${reference}: ${what.toLowerCase()}`,
      text: [
        'Labdien!',
        '',
        `${what} par pieteikumu "${title}" (${reference}).`,
        '',
        `Izlasiet un atbildiet šeit: ${link}`,
        '',
        'Šī vēstule ir nosūtīta automātiski; uz to nav jāatbild.',
      ].join('\n'),
    };
  }
  const what = input.asksForInformation
    ? 'The agency asks you for more information'
    : 'You have a new message from the agency';
  return {
    subject: `${reference}: ${what.toLowerCase()}`,
    text: [
      'Hello,',
      '',
      `${what} about your request "${title}" (${reference}).`,
      '',
      `Read and reply here: ${link}`,
      '',
      'This e-mail was sent automatically; please do not reply to it.',
    ].join('\n'),
  };
}

/** SMS: one short line, no message text (it may be private; the link needs sign-in). */
export function statusChangedSms(input: TemplateInput & { statusText: LocalizedPair }): string {
  return input.language === 'lv'
    ? `${input.reference}: ${input.statusText.lv}. Sīkāk: ${input.link}`
    : `${input.reference}: ${input.statusText.en}. Details: ${input.link}`;
}

export function newMessageSms(input: TemplateInput): string {
  return input.language === 'lv'
    ? `${input.reference}: jauna ziņa no iestādes. ${input.link}`
    : `${input.reference}: new message from the agency. ${input.link}`;
}
