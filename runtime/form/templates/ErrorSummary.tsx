import type { ErrorListProps, RJSFSchema } from '@rjsf/utils';
import type { MouseEvent } from 'react';
import type { JsonSchema } from '../../../schema/json-schema.ts';
import { errorTarget } from '../error-target.ts';
import { focusField } from '../focus-field.ts';
import { ERROR_SUMMARY_ID, type FormContext, type FormData } from '../form-context.ts';
import { sortByPageOrder } from '../sort-by-page-order.ts';

/**
 * RJSF's error list, shaped as an error summary (GOV.UK Design System, WCAG 3.3.1): a titled box
 * at the top of the form that is focused after a failed submit and links every problem to its
 * field. It is deliberately not a live region: after the first submit it updates as answers are
 * corrected, and announcing every keystroke's change would drown the form. Focus is the
 * announcement instead (see ServiceForm).
 */
export function ErrorSummary({
  errors,
  schema,
  registry,
}: ErrorListProps<FormData, RJSFSchema, FormContext>) {
  const { strings } = registry.formContext;
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    if (focusField(fieldId)) event.preventDefault();
  };
  const lines = sortByPageOrder(
    errors.map((error) => ({ error, ...errorTarget(error, schema as JsonSchema) })),
    (line) => line.fieldId,
  );
  return (
    <section
      className="error-summary"
      id={ERROR_SUMMARY_ID}
      tabIndex={-1}
      aria-labelledby={`${ERROR_SUMMARY_ID}-title`}
      data-testid="runtime.error-summary"
    >
      <h2 className="error-summary__title" id={`${ERROR_SUMMARY_ID}-title`}>
        {strings.form.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {lines.map(({ error, fieldId, title }, index) => {
          const text = `${title ?? strings.form.formLevelError}: ${error.message ?? error.stack}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity; the list is replaced as a whole.
            <li key={index}>
              {fieldId ? (
                <a href={`#${fieldId}`} onClick={(event) => onLinkClick(event, fieldId)}>
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
