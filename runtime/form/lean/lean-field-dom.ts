import { enumOptionValueDecoder, errorId, getOptionValueFormat } from '@rjsf/utils';
import { numberAnswer } from '../fields/number-text.ts';
import { storedDate } from '../widgets/latvian-date.ts';
import { choicesOf, type LeanTexts, messageMarkup, wrapperClass } from './lean-field-markup.ts';
import type { LeanFieldPlan } from './lean-field-plan.ts';

/** No answer: the event changed nothing this question answers (a radio button being unchecked). */
export const NO_ANSWER: unique symbol = Symbol('no answer');

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);

/**
 * The form control an event came from, or null. Checked by tag name, not `instanceof`: the
 * builder's preview draws the form into an iframe, whose elements belong to another window.
 */
export function controlOf(target: EventTarget | null): Control | null {
  const element = target as Element | null;
  return element && CONTROL_TAGS.has(element.localName) ? (element as Control) : null;
}

/** Questions answered by typing: what they show may differ from their answer (`12,50`, `1.2.2003`). */
const isTyped = (plan: LeanFieldPlan) =>
  plan.control === 'text' ||
  plan.control === 'email' ||
  plan.control === 'textarea' ||
  plan.control === 'number' ||
  plan.control === 'date';

/** What a typed question's text answers (see {@link answerOf}). */
function typedAnswer(plan: LeanFieldPlan, text: string): unknown {
  const { emptyValue } = plan.options;
  if (plan.control === 'date') return storedDate(text);
  if (plan.control === 'number') return numberAnswer(text === '' ? emptyValue : text);
  return text === '' ? emptyValue : text;
}

/**
 * What a question's control now answers, as its widget's `onChange` would report it: empty text
 * as the question's empty value (unanswered), a typed date as its ISO date, a number's text as
 * NumberField reads it (decimal comma included), an option by its encoded value, a checkbox as
 * true or false.
 */
export function answerOf(plan: LeanFieldPlan, control: Control, texts: LeanTexts): unknown {
  if (isTyped(plan)) return typedAnswer(plan, control.value);
  if (plan.control === 'checkbox') return (control as HTMLInputElement).checked;
  if (plan.control === 'radio' && !(control as HTMLInputElement).checked) return NO_ANSWER;
  // A dropdown or a checked radio button: the option its encoded value names.
  return enumOptionValueDecoder(
    control.value,
    choicesOf(plan, texts),
    getOptionValueFormat(plan.options),
    plan.options.emptyValue,
  );
}

/** The first element of the question's control, before which FieldTemplate puts its message. */
function controlStart(wrapper: HTMLElement, plan: LeanFieldPlan): Element | null {
  const byId = (id: string) => wrapper.querySelector(`#${CSS.escape(id)}`);
  switch (plan.control) {
    case 'date':
      return byId(`${plan.id}__format`);
    case 'checkbox':
      return byId(plan.id)?.closest('.checkbox') ?? null;
    default:
      // A radio group's `radiogroup` carries the question's id, as every other control does.
      return byId(plan.id);
  }
}

/**
 * Shows a question's messages in place, as {@link leanFieldMarkup} draws them (the wrapper's
 * classes and the `field__error` paragraph before the control), leaving the control itself
 * alone: what is typed, the caret and the focus stay as they are.
 */
export function showMessages(
  wrapper: HTMLElement,
  plan: LeanFieldPlan,
  messages: readonly string[] | undefined,
): void {
  const withMessage = messages !== undefined && messages.length > 0;
  wrapper.className = wrapperClass(plan, withMessage);
  const shown = wrapper.querySelector(`#${CSS.escape(errorId(plan.id))}`);
  if (!withMessage) {
    shown?.remove();
    return;
  }
  if (shown) {
    shown.textContent = messages.join(' ');
    return;
  }
  controlStart(wrapper, plan)?.insertAdjacentHTML('beforebegin', messageMarkup(plan, messages));
}

/**
 * Draws a group again (other questions or texts while it is shown: the builder's preview as the
 * definition is edited), keeping what the citizen sees: a typed text that still means the
 * question's answer stays as typed (`12,50`, `1.2.2003`, as the widgets keep it), and the focused
 * control keeps the focus and the caret.
 */
export function redrawGroup(
  container: HTMLElement,
  html: string,
  plans: readonly LeanFieldPlan[],
  answers: Record<string, unknown>,
): void {
  const document = container.ownerDocument;
  const find = (id: string) => container.querySelector(`#${CSS.escape(id)}`) as Control | null;
  const typed = new Map<string, string>();
  for (const plan of plans) {
    const control = isTyped(plan) ? find(plan.id) : null;
    if (control) typed.set(plan.id, control.value);
  }
  const focused = controlOf(container.contains(document.activeElement) ? document.activeElement : null);
  // Only text boxes have a caret to keep (setSelectionRange throws on e-mail, number and checkboxes).
  const caret =
    focused && (focused.localName === 'textarea' || focused.type === 'text')
      ? [(focused as HTMLInputElement).selectionStart, (focused as HTMLInputElement).selectionEnd]
      : undefined;
  container.innerHTML = html;
  for (const plan of plans) {
    const text = typed.get(plan.id);
    if (text === undefined || !Object.is(typedAnswer(plan, text), answers[plan.name])) continue;
    const control = find(plan.id);
    if (control) control.value = text;
  }
  const again = focused?.id ? find(focused.id) : null;
  again?.focus();
  if (again && caret) (again as HTMLInputElement).setSelectionRange(caret[0] ?? null, caret[1] ?? null);
}
