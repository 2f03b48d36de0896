/**
 * What a feedback notification says (issue 7), in Latvian or English: the agency answered, asked
 * something, or closed the case. Plain words, the reference and where to read it; the answer
 * itself is read in the workplace after sign-in (it may be private), never in the e-mail or SMS.
 * Pure, so the texts are tested without sending anything.
 */
import type { FeedbackKind, FeedbackStatus } from '../../schema/feedback/feedback-model.ts';
import type { NotificationLanguage } from '../storage/request-records.ts';

export interface FeedbackTemplateInput {
  language: NotificationLanguage;
  reference: string;
  kind: FeedbackKind;
  status: FeedbackStatus;
  /** The workplace page of this feedback. */
  link: string;
}

const KIND: Record<FeedbackKind, { lv: string; en: string }> = {
  suggestion: { lv: 'priekšlikumu', en: 'suggestion' },
  complaint: { lv: 'sūdzību', en: 'complaint' },
  question: { lv: 'jautājumu', en: 'question' },
};

function what(input: FeedbackTemplateInput): { lv: string; en: string } {
  if (input.status === 'awaiting_applicant')
    return { lv: 'Iestāde lūdz jūsu atbildi', en: 'The agency asks for your reply' };
  if (input.status === 'completed' || input.status === 'rejected')
    return {
      lv: 'Iestāde ir atbildējusi un slēgusi lietu',
      en: 'The agency has answered and closed the case',
    };
  return { lv: 'Iestāde ir atbildējusi', en: 'The agency has answered' };
}

export function feedbackAnsweredMail(input: FeedbackTemplateInput): { subject: string; text: string } {
  const { language: l, reference, link } = input;
  const headline = what(input)[l];
  const text =
    l === 'lv'
      ? [
          'Labdien!',
          '',
          `${headline} par jūsu ${KIND[input.kind].lv} (${reference}).`,
          '',
          `Izlasiet šeit: ${link}`,
          '',
          'Šī vēstule ir nosūtīta automātiski; uz to nav jāatbild.',
        ]
      : [
          'Hello,',
          '',
          `${headline} about your ${KIND[input.kind].en} (${reference}).`,
          '',
          `Read it here: ${link}`,
          '',
          'This e-mail was sent automatically; please do not reply to it.',
        ];
  return { subject: `${reference}: ${headline.toLowerCase()}`, text: text.join('\n') };
}

export function feedbackAnsweredSms(input: FeedbackTemplateInput): string {
  return `${input.reference}: ${what(input)[input.language].toLowerCase()}. ${input.link}`;
}
