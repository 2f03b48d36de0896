import type { MouseEvent } from 'react';
import { focusField } from './focus-field.ts';
import { ERROR_SUMMARY_ID } from './form-context.ts';

/** One line of the summary: what is wrong, and where to fix it. */
export interface SummaryLine {
  text: string;
  /** The field's element id; absent for a problem with the form as a whole. */
  fieldId?: string;
  /** Where the link goes when the field is on another page (another step). */
  href?: string;
  /** Follows a link to another page; the field is focused once that page shows. */
  onFollow?: () => void;
}

/**
 * An error summary (GOV.UK Design System, WCAG 3.3.1): a titled box at the top of the page,
 * focused after a failed "Continue" or "Submit" so screen readers read it out, with every
 * problem linking to its field. It is deliberately not a live region: after the first attempt it
 * updates as answers are corrected, and announcing every keystroke's change would drown the
 * form. Focus is the announcement instead.
 */
export function ErrorSummary({ title, lines }: { title: string; lines: readonly SummaryLine[] }) {
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, line: SummaryLine) => {
    if (line.onFollow) {
      event.preventDefault();
      line.onFollow();
    } else if (line.fieldId && focusField(line.fieldId)) event.preventDefault();
  };
  return (
    <section
      className="error-summary"
      id={ERROR_SUMMARY_ID}
      tabIndex={-1}
      aria-labelledby={`${ERROR_SUMMARY_ID}-title`}
      data-testid="runtime.error-summary"
    >
      <h2 className="error-summary__title" id={`${ERROR_SUMMARY_ID}-title`}>
        {title}
      </h2>
      <ul className="error-summary__list">
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity; the list is replaced as a whole.
          <li key={index}>
            {line.fieldId || line.href ? (
              <a href={line.href ?? `#${line.fieldId}`} onClick={(event) => onLinkClick(event, line)}>
                {line.text}
              </a>
            ) : (
              line.text
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
