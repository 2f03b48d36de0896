import {
  ariaDescribedByIds,
  descriptionId,
  type EnumOptionsType,
  enumOptionSelectedValue,
  enumOptionsIsSelected,
  enumOptionValueEncoder,
  errorId,
  getInputProps,
  getOptionValueFormat,
  helpId,
  type RJSFSchema,
} from '@rjsf/utils';
import type { Language } from '../../../schema/service-definition.ts';
import { decimalSeparator, shownNumber } from '../fields/number-text.ts';
import { richHelpFor } from '../RichText.tsx';
import { shownDate } from '../widgets/latvian-date.ts';
import { escapeHtml, type HtmlAttribute, htmlAttributes } from './escape-html.ts';
import type { LeanFieldPlan } from './lean-field-plan.ts';
import { richTextMarkup } from './rich-text-markup.ts';

/** What the page's language puts into a plain question's markup besides the definition's own texts. */
export interface LeanTexts {
  language: Language;
  /** The hint above a date field (`16.11.1975`). */
  dateHint: string;
  /** A yes/no question's two options, as RJSF's BooleanField words them. */
  yes: string;
  no: string;
}

/** A yes/no question's options in the page's language; a choice's from its plan. */
export function choicesOf(plan: LeanFieldPlan, texts: LeanTexts): EnumOptionsType<RJSFSchema>[] {
  if (plan.schema.type === 'boolean') {
    return [
      { value: true, label: texts.yes },
      { value: false, label: texts.no },
    ];
  }
  return plan.options.enumOptions ?? [];
}

/** The classes of a question's wrapper, with and without a message (FieldTemplate's and RJSF's). */
export function wrapperClass(plan: LeanFieldPlan, withMessage: boolean): string {
  return withMessage
    ? `form-group ${plan.classNames} rjsf-field-error field field--error`
    : `form-group ${plan.classNames} field`;
}

/** The question's message under its hints (FieldTemplate's `field__error`). */
export function messageMarkup(plan: LeanFieldPlan, messages: readonly string[]): string {
  return `<p class="field__error" id="${escapeHtml(errorId(plan.id))}">${escapeHtml(messages.join(' '))}</p>`;
}

/** BaseInputTemplate's `<input>` (widgets/InputWidget.tsx) for a text, e-mail or number question. */
function inputMarkup(plan: LeanFieldPlan, value: unknown, type: string | undefined): string {
  const inputProps = getInputProps(plan.schema as RJSFSchema, type, plan.options);
  const isNumber = inputProps.type === 'number' || inputProps.type === 'integer';
  const inputValue = isNumber ? (value || value === 0 ? value : '') : (value ?? '');
  const attributes: HtmlAttribute[] = [
    ['id', plan.id],
    ['class', 'form-control'],
    ['readOnly', plan.readonly],
    ['required', plan.required],
  ];
  for (const [name, attribute] of Object.entries(inputProps)) attributes.push([name, attribute]);
  attributes.push(
    ['placeholder', plan.placeholder || undefined],
    ['aria-describedby', ariaDescribedByIds(plan.id)],
    ['name', plan.id],
    ['value', String(inputValue)],
  );
  return `<input${htmlAttributes(attributes)}/>`;
}

/** LatvianDateWidget's hint and text box, showing an ISO answer as `16.11.1975`. */
function dateMarkup(plan: LeanFieldPlan, value: unknown, texts: LeanTexts): string {
  const hintId = `${plan.id}__format`;
  const { autocomplete } = plan.options;
  return `<p class="field__hint" id="${escapeHtml(hintId)}">${escapeHtml(texts.dateHint)}</p><input${htmlAttributes(
    [
      ['id', plan.id],
      ['type', 'text'],
      ['inputMode', 'numeric'],
      ['class', 'form-control form-control--date'],
      ['required', plan.required],
      ['disabled', plan.readonly],
      ['autoComplete', typeof autocomplete === 'string' ? autocomplete : undefined],
      ['spellCheck', 'false'],
      ['aria-describedby', `${hintId} ${ariaDescribedByIds(plan.id)}`],
      ['name', plan.id],
      ['value', shownDate(value)],
    ],
  )}/>`;
}

/** RJSF's TextareaWidget. A leading line break is doubled, as React does, since HTML drops the first. */
function textareaMarkup(plan: LeanFieldPlan, value: unknown): string {
  const text = String(value || '');
  return `<textarea${htmlAttributes([
    ['id', plan.id],
    ['name', plan.id],
    ['class', 'form-control'],
    ['placeholder', plan.placeholder],
    ['required', plan.required],
    ['readOnly', plan.readonly],
    ['rows', plan.options.rows as number | undefined],
    ['aria-describedby', ariaDescribedByIds(plan.id)],
  ])}>${text.startsWith('\n') ? '\n' : ''}${escapeHtml(text)}</textarea>`;
}

/** SelectWidget's `<select>`: an empty first option unless the question has a default. */
function selectMarkup(plan: LeanFieldPlan, value: unknown): string {
  const choices = plan.options.enumOptions ?? [];
  const format = getOptionValueFormat(plan.options);
  const chosen = String(enumOptionSelectedValue(value, choices, false, format, ''));
  // Labels are String()ed as React would: a malformed definition may name an option with a number.
  const option = (optionValue: string, label: unknown) =>
    `<option value="${escapeHtml(optionValue)}"${optionValue === chosen ? ' selected=""' : ''}>${escapeHtml(String(label))}</option>`;
  const empty = plan.schema.default === undefined ? option('', plan.placeholder) : '';
  const listed = choices
    .map((choice, index) => option(String(enumOptionValueEncoder(choice.value, index, format)), choice.label))
    .join('');
  return `<select${htmlAttributes([
    ['id', plan.id],
    ['name', plan.id],
    ['class', 'form-control'],
    ['required', plan.required],
    ['disabled', plan.readonly],
    ['aria-describedby', ariaDescribedByIds(plan.id)],
  ])}>${empty}${listed}</select>`;
}

/** RJSF's RadioWidget: one radio button per option in a `radiogroup`. */
function radioMarkup(plan: LeanFieldPlan, value: unknown, texts: LeanTexts): string {
  const format = getOptionValueFormat(plan.options);
  const state = plan.readonly ? 'disabled' : '';
  const buttons = choicesOf(plan, texts)
    .map((choice, index) => {
      const input = `<input${htmlAttributes([
        ['type', 'radio'],
        ['id', `${plan.id}-${index}`],
        ['required', plan.required],
        ['disabled', plan.readonly],
        ['aria-describedby', ariaDescribedByIds(plan.id)],
        ['name', plan.id],
        ['checked', enumOptionsIsSelected(choice.value, value)],
        ['value', String(enumOptionValueEncoder(choice.value, index, format))],
      ])}/>`;
      return `<div class="radio ${state}"><label><span>${input}<span>${escapeHtml(String(choice.label))}</span></span></label></div>`;
    })
    .join('');
  return `<div class="field-radio-group" id="${escapeHtml(plan.id)}" role="radiogroup">${buttons}</div>`;
}

/** The checkbox of a yes/no box (RJSF's CheckboxWidget without a description). */
function checkboxMarkup(plan: LeanFieldPlan, value: unknown): string {
  return `<div class="checkbox ${plan.readonly ? 'disabled' : ''}"><label><input${htmlAttributes([
    ['type', 'checkbox'],
    ['id', plan.id],
    ['required', plan.required],
    ['disabled', plan.readonly],
    ['aria-describedby', ariaDescribedByIds(plan.id)],
    ['name', plan.id],
    ['checked', Boolean(value)],
  ])}/><span>${escapeHtml(plan.label)}</span></label></div>`;
}

function controlMarkup(plan: LeanFieldPlan, value: unknown, texts: LeanTexts): string {
  switch (plan.control) {
    case 'text':
      return inputMarkup(plan, value, undefined);
    case 'email':
      return inputMarkup(plan, value, 'email');
    case 'number': {
      const comma = typeof value === 'number' && decimalSeparator() !== '.';
      return inputMarkup(plan, shownNumber(value, value, comma), undefined);
    }
    case 'date':
      return dateMarkup(plan, value, texts);
    case 'textarea':
      return textareaMarkup(plan, value);
    case 'select':
      return selectMarkup(plan, value);
    case 'radio':
      return radioMarkup(plan, value, texts);
    case 'checkbox':
      return checkboxMarkup(plan, value);
  }
}

/**
 * One plain question as markup: what FieldTemplate and the question's widget draw (label, hints,
 * message, control, with RJSF's ids), written as a string so a step of a thousand questions is
 * parsed by the browser at once instead of built element by element (issue 4, time to ready).
 * lean-markup.test.tsx holds it equal to what RJSF draws, for every kind, answers and messages.
 */
export function leanFieldMarkup(
  plan: LeanFieldPlan,
  value: unknown,
  messages: readonly string[] | undefined,
  texts: LeanTexts,
): string {
  const withMessage = messages !== undefined && messages.length > 0;
  const displayLabel = plan.control !== 'checkbox';
  const marker = plan.required ? '<span class="field__required" aria-hidden="true"> *</span>' : '';
  const rich = richHelpFor(plan.uiSchema, texts.language);
  const hint =
    displayLabel && plan.description
      ? `<p class="field__hint" id="${escapeHtml(descriptionId(plan.id))}">${escapeHtml(plan.description)}</p>`
      : '';
  const message = withMessage ? messageMarkup(plan, messages) : '';
  const help = rich
    ? richTextMarkup(rich, 'field__hint rich-text', helpId(plan.id))
    : plan.help
      ? `<p class="field__hint" id="${escapeHtml(helpId(plan.id))}">${escapeHtml(plan.help)}</p>`
      : '';
  const control = controlMarkup(plan, value, texts);
  const label = escapeHtml(plan.label);
  let body: string;
  if (plan.control === 'radio') {
    body = `<fieldset class="field__group"><legend class="field__label">${label}${marker}</legend>${hint}${help}${message}${control}</fieldset>`;
  } else {
    const labelFor = `<label class="field__label" for="${escapeHtml(plan.id)}">${label}</label>`;
    const heading =
      displayLabel && plan.label
        ? marker
          ? `<div class="field__label-row">${labelFor}${marker}</div>`
          : labelFor
        : '';
    body = displayLabel
      ? `${heading}${hint}${help}${message}${control}`
      : `${heading}${hint}${message}${control}${help}`;
  }
  return `<div class="${escapeHtml(wrapperClass(plan, withMessage))}">${body}</div>`;
}
