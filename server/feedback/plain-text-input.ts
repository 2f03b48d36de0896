import { checkPlainText } from '../../schema/feedback/feedback-model.ts';
import { ApiError } from '../app/api-error.ts';

const MESSAGES = {
  required: 'Write something here.',
  too_long: 'This text is too long.',
  markup_not_allowed: 'Write plain text, without HTML tags.',
} as const;

/**
 * A text field of a feedback body, checked as the shared model says (plain, 1 to `maxChars`
 * characters): 422 with a stable code and the field's path, or the cleaned text.
 */
export function requirePlainText(value: string, maxChars: number, path: string): string {
  const checked = checkPlainText(value, maxChars);
  if (checked.ok) return checked.text;
  const message =
    checked.problem === 'too_long' ? `At most ${maxChars} characters.` : MESSAGES[checked.problem];
  const code = checked.problem === 'markup_not_allowed' ? 'markup_not_allowed' : 'validation_failed';
  throw new ApiError(422, code, message, [{ code: checked.problem, path, message }]);
}
