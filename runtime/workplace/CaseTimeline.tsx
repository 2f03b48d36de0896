import type { ReactNode } from 'react';
import type { Language } from '../../schema/service-definition.ts';
import { formatDate } from './workplace-strings.ts';

export interface TimelineEntry {
  sequence: number;
  /** The status in the person's words. */
  status: string;
  at: string;
  /** The agency's message, a document: what came with the change. */
  details?: ReactNode;
}

/** What has happened to a case, oldest first: each status with its time and what came with it. */
export function CaseTimeline(props: {
  testId: string;
  language: Language;
  entries: readonly TimelineEntry[];
}) {
  return (
    <ol className="timeline" data-testid={props.testId}>
      {props.entries.map((e) => (
        <li key={e.sequence} className="timeline__item">
          <p className="timeline__status">{e.status}</p>
          <p className="timeline__time">
            <time dateTime={e.at}>{formatDate(e.at, props.language)}</time>
          </p>
          {e.details}
        </li>
      ))}
    </ol>
  );
}
