import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { formatDateTime } from './format-date-time.ts';

export interface CaseHistoryEntry {
  sequence: number;
  /** The status in words. */
  status: string;
  /** The agency's own code, said after the status when it differs from it. */
  code?: string | null;
  at: string;
  /** A message, a document: what came with the change. */
  details?: ReactNode;
}

/** A case's history, oldest first: each status change with its time and what came with it. */
export function CaseHistory({ testId, entries }: { testId: string; entries: readonly CaseHistoryEntry[] }) {
  const { language } = useLanguage();
  return (
    <ol data-testid={testId}>
      {entries.map((e) => (
        <li key={e.sequence}>
          <strong>{e.status}</strong>
          {e.code ? ` (${e.code})` : ''} – {formatDateTime(e.at, language)}
          {e.details}
        </li>
      ))}
    </ol>
  );
}
