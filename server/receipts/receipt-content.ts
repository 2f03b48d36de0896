/**
 * Everything a receipt shows, gathered once for both renderers (PDF and printable HTML).
 */
import type { Language } from '../../schema/service-definition.ts';
import type { Repository, SubmissionRecord } from '../storage/repository.ts';
import { describeSubmission, formatInstant, type ReceiptSection } from './describe-submission.ts';

export interface ReceiptContent {
  language: Language;
  heading: string;
  reference: string;
  facts: Array<{ label: string; value: string }>;
  sections: ReceiptSection[];
  footer: string;
}

const TEXT = {
  lv: {
    heading: 'Iesnieguma apliecinājums',
    reference: 'Iesnieguma numurs',
    service: 'Pakalpojums',
    agency: 'Iestāde',
    submittedAt: 'Iesniegts',
    footer:
      'Šis apliecinājums parāda, ko jūs iesniedzāt. Saglabājiet iesnieguma numuru: ar to varat sazināties ar iestādi.',
  },
  en: {
    heading: 'Submission receipt',
    reference: 'Reference number',
    service: 'Service',
    agency: 'Agency',
    submittedAt: 'Submitted',
    footer:
      'This receipt shows what you submitted. Keep the reference number: quote it when you contact the agency.',
  },
} as const;

export async function buildReceiptContent(
  repo: Repository,
  submission: SubmissionRecord,
  language: Language,
): Promise<ReceiptContent> {
  const version = await repo.services.getVersion(submission.serviceCode, submission.version);
  if (!version)
    throw new Error(`buildReceiptContent: no version ${submission.serviceCode}@${submission.version}`);
  const agency = await repo.agencies.getById(submission.agencyId);
  const files = new Map<string, string[]>();
  for (const file of await repo.attachments.listBySubmission(submission.id)) {
    files.set(file.field, [...(files.get(file.field) ?? []), file.fileName]);
  }
  const definition = version.definition;
  const text = TEXT[language];
  return {
    language,
    heading: text.heading,
    reference: submission.reference,
    facts: [
      { label: text.reference, value: submission.reference },
      { label: text.service, value: definition.title[language] || definition.title.lv },
      ...(agency ? [{ label: text.agency, value: agency.name[language] || agency.name.lv }] : []),
      { label: text.submittedAt, value: formatInstant(submission.createdAt, language) },
    ],
    sections: describeSubmission(definition, submission.data, language, files),
    footer: text.footer,
  };
}
