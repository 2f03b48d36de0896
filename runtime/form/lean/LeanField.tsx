import { getDefaultRegistry } from '@rjsf/core';
import {
  ariaDescribedByIds,
  type FieldTemplateProps,
  type Registry,
  type RJSFSchema,
  TranslatableString,
  type WidgetProps,
} from '@rjsf/utils';
import { type ChangeEvent, type ComponentType, memo, type ReactNode, useState } from 'react';
import { decimalSeparator, numberAnswer, shownNumber } from '../fields/number-text.ts';
import type { FormContext, FormData } from '../form-context.ts';
import { FieldTemplate } from '../templates/FieldTemplate.tsx';
import { EmailWidget, InputTemplate } from '../widgets/InputWidget.tsx';
import { LatvianDateWidget } from '../widgets/LatvianDateWidget.tsx';
import { SelectWidget } from '../widgets/SelectWidget.tsx';
import type { LeanFieldPlan } from './lean-field-plan.ts';

type Props = WidgetProps<FormData, RJSFSchema, FormContext>;
type Registry_ = Registry<FormData, RJSFSchema, FormContext>;

const { widgets } = getDefaultRegistry<FormData, RJSFSchema, FormContext>();
const TextareaWidget = widgets.TextareaWidget as ComponentType<Props>;
const RadioWidget = widgets.RadioWidget as ComponentType<Props>;
const ignore = () => {};

export interface LeanFieldProps {
  plan: LeanFieldPlan;
  value: unknown;
  /** The question's messages (its part of the page's error schema), if any. */
  errors: string[] | undefined;
  /** What the widgets and templates read of RJSF's registry: the page's language and texts. */
  registry: Registry_;
  onAnswer: (name: string, value: unknown) => void;
}

/** The props RJSF's StringField hands its widget, computed from the plan instead of per render. */
function widgetProps(plan: LeanFieldPlan, value: unknown, errors: string[] | undefined, registry: Registry_) {
  return {
    options: plan.options,
    schema: plan.schema as RJSFSchema,
    uiSchema: plan.uiSchema,
    id: plan.id,
    name: plan.name,
    label: plan.label,
    hideLabel: false,
    hideError: undefined,
    value,
    onBlur: ignore,
    onFocus: ignore,
    required: plan.required,
    disabled: false,
    readonly: plan.readonly,
    autofocus: false,
    registry,
    placeholder: plan.placeholder,
    rawErrors: errors,
    htmlName: undefined,
  };
}

/**
 * A number question: RJSF's NumberField behaviour (number-text.ts) around the same input, keeping
 * what was last typed so `12.` and `12,50` stay on screen while they mean the answer.
 */
function LeanNumber({
  props,
  onAnswer,
}: {
  props: Omit<Props, 'onChange'>;
  onAnswer: (value: unknown) => void;
}) {
  const [lastTyped, setLastTyped] = useState<unknown>(props.value);
  const comma = typeof props.value === 'number' && decimalSeparator() !== '.';
  const onChange = (text: unknown) => {
    setLastTyped(text);
    onAnswer(numberAnswer(text));
  };
  return InputTemplate({ ...props, value: shownNumber(lastTyped, props.value, comma), onChange } as Props);
}

/** RJSF 6.11's CheckboxWidget (Apache-2.0) for a yes/no box without a description: the same markup. */
function checkbox(props: Omit<Props, 'onChange'>, onAnswer: (value: unknown) => void) {
  const { id, value, required, readonly, label } = props;
  return (
    <div className={`checkbox ${readonly ? 'disabled' : ''}`}>
      <label>
        <input
          type="checkbox"
          id={id}
          name={id}
          checked={typeof value === 'undefined' ? false : (value as boolean)}
          required={required}
          disabled={readonly}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onAnswer(event.target.checked)}
          aria-describedby={ariaDescribedByIds(id)}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}

/** A yes/no question's options as RJSF's BooleanField words them; a choice's from its plan. */
function radioOptions(plan: LeanFieldPlan, registry: Registry_): LeanFieldPlan['options'] {
  if (plan.schema.type !== 'boolean') return plan.options;
  const { translateString } = registry;
  return {
    ...plan.options,
    enumOptions: [
      { value: true, label: translateString(TranslatableString.YesLabel) },
      { value: false, label: translateString(TranslatableString.NoLabel) },
    ],
  };
}

function control(
  plan: LeanFieldPlan,
  props: Omit<Props, 'onChange'>,
  onAnswer: (value: unknown) => void,
): ReactNode {
  const withChange = { ...props, onChange: onAnswer } as Props;
  switch (plan.control) {
    case 'text':
      return InputTemplate(withChange);
    case 'email':
      return EmailWidget(withChange);
    case 'select':
      return SelectWidget(withChange);
    case 'date':
      return <LatvianDateWidget {...withChange} />;
    case 'textarea':
      return <TextareaWidget {...withChange} />;
    case 'radio':
      return <RadioWidget {...({ ...withChange, options: radioOptions(plan, props.registry) } as Props)} />;
    case 'number':
      return <LeanNumber props={props} onAnswer={onAnswer} />;
    case 'checkbox':
      return checkbox(props, onAnswer);
  }
}

/**
 * One plain question drawn without RJSF's per-field layers (issue 4, time to ready): the same
 * template ({@link FieldTemplate}: label, hints, message, control) and the same widgets, with the
 * props RJSF would compute taken from the question's plan. Re-renders only when its own answer,
 * messages or the page's language change.
 */
export const LeanField = memo(function LeanField({
  plan,
  value,
  errors,
  registry,
  onAnswer,
}: LeanFieldProps) {
  const props = widgetProps(plan, value, errors, registry);
  const answer = (next: unknown) => onAnswer(plan.name, next);
  const shown = errors !== undefined && errors.length > 0;
  return FieldTemplate({
    id: plan.id,
    label: plan.label,
    children: control(plan, props, answer),
    rawErrors: errors,
    rawHelp: plan.help,
    rawDescription: plan.description,
    hidden: false,
    required: plan.required,
    displayLabel: plan.control !== 'checkbox',
    hideError: undefined,
    registry,
    uiSchema: plan.uiSchema,
    schema: plan.schema,
    classNames: shown ? `${plan.classNames} rjsf-field-error` : plan.classNames,
    style: undefined,
  } as unknown as FieldTemplateProps<FormData, RJSFSchema, FormContext>);
});
