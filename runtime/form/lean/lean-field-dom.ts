import { enumOptionValueDecoder, errorId, getOptionValueFormat } from '@rjsf/utils';
import { numberAnswer } from '../fields/number-text.ts';
import { storedDate } from '../widgets/latvian-date.ts';
import { choicesOf, type LeanTexts, messageMarkup, wrapperClass } from './lean-field-markup.ts';
import type { LeanFieldPlan } from './lean-field-plan.ts';

/** No answer: the event changed nothing this question answers (a radio button being unchecked). */
export const NO_ANSWER: unique symbol = Symbol('no answer');

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * What a question's control now answers, as its widget's `onChange` would report it: empty text
 * as the question's empty value (unanswered), a typed date as its ISO date, a number's text as
 * NumberField reads it (decimal comma included), an option by its encoded value, a checkbox as
 * true or false.
 */
export function answerOf(plan: LeanFieldPlan, control: Control, texts: LeanTexts): unknown {
  const { emptyValue } = plan.options;
  switch (plan.control) {
    case 'text':
    case 'email':
    case 'textarea':
      return control.value === '' ? emptyValue : control.value;
    case 'number':
      return numberAnswer(control.value === '' ? emptyValue : control.value);
    case 'date':
      return storedDate(control.value);
    case 'select':
      return enumOptionValueDecoder(
        control.value,
        choicesOf(plan, texts),
        getOptionValueFormat(plan.options),
        emptyValue,
      );
    case 'radio':
      if (!(control as HTMLInputElement).checked) return NO_ANSWER;
      return enumOptionValueDecoder(
        control.value,
        choicesOf(plan, texts),
        getOptionValueFormat(plan.options),
        emptyValue,
      );
    case 'checkbox':
      return (control as HTMLInputElement).checked;
  }
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
