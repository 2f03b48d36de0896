/**
 * Complaints and suggestions (issue 7, P13): the shared model the server, the citizen's runtime
 * and the case-worker screen speak. Feedback is tracked like a request, with a documented subset
 * of the unified status vocabulary (schema/requests/unified-status.ts), but it is not a request:
 * it has its own tables, so service statistics never count it.
 */
import type { UnifiedStatus } from '../requests/unified-status.ts';

export const FEEDBACK_KINDS = ['suggestion', 'complaint', 'question'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/**
 * The statuses feedback can have. `submitted` is set by the platform on filing; `extended` (a
 * legal deadline moved) and `withdrawn` are request matters and are left out.
 */
export const FEEDBACK_STATUSES = [
  'submitted',
  'received',
  'in_progress',
  'awaiting_applicant',
  'completed',
  'rejected',
] as const satisfies readonly UnifiedStatus[];
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** What the agency may set (everything but the platform's `submitted`). */
export const FEEDBACK_AGENCY_STATUSES = [
  'received',
  'in_progress',
  'awaiting_applicant',
  'completed',
  'rejected',
] as const satisfies readonly FeedbackStatus[];
export type FeedbackAgencyStatus = (typeof FEEDBACK_AGENCY_STATUSES)[number];

/** Closed: no change after these unless the agency reopens the case explicitly. */
export const FEEDBACK_FINAL_STATUSES: readonly FeedbackStatus[] = ['completed', 'rejected'];

/**
 * Statuses whose change must carry a message to the person: asking them something, or closing
 * the case (a complaint is answered, not just closed).
 */
export const FEEDBACK_STATUSES_NEEDING_MESSAGE: readonly FeedbackStatus[] = [
  'awaiting_applicant',
  'completed',
  'rejected',
];

export const FEEDBACK_LIMITS = {
  subjectMaxChars: 150,
  bodyMaxChars: 5000,
  messageMaxChars: 5000,
} as const;

export type PlainTextProblem = 'required' | 'too_long' | 'markup_not_allowed';

/** A complete HTML/XML tag or comment; a lone `<` (as in "a < b") is plain text. */
const MARKUP = /<\/?[a-z][^<>]*>|<!--/i;
/** Control characters other than tab and line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Checks a person's or a case worker's text: trimmed, 1 to `maxChars` characters, plain text only
 * (no HTML: the text travels into e-mails and other systems as it is). Control characters are
 * dropped; line breaks stay.
 *
 * @example checkPlainText('  Slow page  ', 150) // { ok: true, text: 'Slow page' }
 * @example checkPlainText('<b>hi</b>', 150) // { ok: false, problem: 'markup_not_allowed' }
 */
export function checkPlainText(
  value: string,
  maxChars: number,
): { ok: true; text: string } | { ok: false; problem: PlainTextProblem } {
  const text = value.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
  if (text.length === 0) return { ok: false, problem: 'required' };
  if (text.length > maxChars) return { ok: false, problem: 'too_long' };
  if (MARKUP.test(text)) return { ok: false, problem: 'markup_not_allowed' };
  return { ok: true, text };
}

export function isFeedbackFinal(status: FeedbackStatus): boolean {
  return FEEDBACK_FINAL_STATUSES.includes(status);
}
