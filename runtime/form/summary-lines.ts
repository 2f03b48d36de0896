import { type RJSFValidationError, toPath } from '@rjsf/utils';
import type { ApiIssue } from '../../schema/api-error.ts';
import { parsePointer } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { errorTarget } from './error-target.ts';
import { plainMessage } from './plain-error-messages.ts';
import { issueParams } from './server-issues.ts';
import { sortByPageOrder } from './sort-by-page-order.ts';

/** A problem ready for the error summary: the field it is about and the sentence to show. */
export interface Problem {
  fieldId: string | undefined;
  /** The top-level field, to tell on which step the problem is. */
  field: string | undefined;
  text: string;
}

/**
 * The browser's errors and the server's issues as summary sentences ("Pasta indekss: Ievadiet
 * pasta indeksu, piemēram, LV-1050."), named by the field's title in the page's language, in the
 * order the fields stand on the page (GOV.UK error summary guidance).
 */
export function describeProblems(
  errors: readonly RJSFValidationError[],
  issues: readonly ApiIssue[],
  schema: JsonSchema,
  strings: UiStrings,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (property: string, message: string) => {
    const target = errorTarget({ property, stack: '' }, schema);
    const field = toPath(property).find((segment) => segment !== '');
    const text = `${target.title ?? strings.form.formLevelError}: ${message}`;
    const key = `${target.fieldId ?? ''}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ fieldId: target.fieldId, field, text });
  };
  for (const error of errors) add(error.property ?? '', error.message ?? error.stack);
  for (const issue of issues) {
    const tokens = parsePointer(issue.path) ?? [];
    const message = plainMessage(issue.code, issueParams(issue, schema), strings.errors);
    add(tokens.length > 0 ? `.${tokens.join('.')}` : '', message);
  }
  return sortByPageOrder(problems, (problem) => problem.fieldId);
}
