import {
  ariaDescribedByIds,
  type BaseInputTemplateProps,
  examplesId,
  getInputProps,
  type RJSFSchema,
} from '@rjsf/utils';
import type { ChangeEvent, FocusEvent } from 'react';
import type { FormContext, FormData } from '../form-context.ts';

type InputProps = BaseInputTemplateProps<FormData, RJSFSchema, FormContext>;

/** The `<datalist>` of a field with `examples` (and its default), as RJSF's SchemaExamples. */
function examplesList(id: string, schema: RJSFSchema) {
  const { examples, default: schemaDefault } = schema;
  if (!Array.isArray(examples)) return null;
  const values =
    schemaDefault !== undefined && !examples.map(String).includes(String(schemaDefault))
      ? [...examples, schemaDefault]
      : examples;
  return (
    <datalist id={examplesId(id)}>
      {values.map((example) => (
        <option key={String(example)} value={example as string} />
      ))}
    </datalist>
  );
}

/**
 * RJSF 6.11's BaseInputTemplate (Apache-2.0), the same `<input>` with the same ids, names,
 * constraints (`getInputProps`: type, step, min, max, autocomplete), `aria-describedby`,
 * examples list and clear button, without its extra work per field (issue 4, time to ready):
 * no hooks, no component for an absent examples list, and no `label` or empty `placeholder`
 * attribute on the input (the `<label for>` names it).
 */
function renderInput(props: InputProps) {
  const {
    id,
    name: _name,
    htmlName,
    value,
    readonly,
    disabled,
    autofocus,
    onBlur,
    onFocus,
    onChange,
    onChangeOverride,
    options,
    schema,
    uiSchema: _uiSchema,
    registry,
    rawErrors: _rawErrors,
    type,
    hideLabel: _hideLabel,
    hideError: _hideError,
    label: _label,
    placeholder,
    ...rest
  } = props;
  const inputProps = { ...rest, ...getInputProps<FormData, RJSFSchema, FormContext>(schema, type, options) };
  const inputValue =
    inputProps.type === 'number' || inputProps.type === 'integer'
      ? value || value === 0
        ? value
        : ''
      : (value ?? '');
  const hasExamples = Boolean(schema.examples);
  const { ClearButton } = registry.templates.ButtonTemplates;
  return (
    <>
      <input
        id={id}
        name={htmlName || id}
        className="form-control"
        readOnly={readonly}
        disabled={disabled}
        // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it (ui:autofocus).
        autoFocus={autofocus}
        value={inputValue}
        {...inputProps}
        placeholder={placeholder || undefined}
        list={hasExamples ? examplesId(id) : undefined}
        onChange={
          onChangeOverride ||
          (({ target }: ChangeEvent<HTMLInputElement>) =>
            onChange(target.value === '' ? options.emptyValue : target.value))
        }
        onBlur={({ target }: FocusEvent<HTMLInputElement>) => onBlur(id, target?.value)}
        onFocus={({ target }: FocusEvent<HTMLInputElement>) => onFocus(id, target?.value)}
        aria-describedby={ariaDescribedByIds(id, hasExamples)}
      />
      {options.allowClearTextInputs && !readonly && !disabled && inputValue ? (
        <ClearButton
          registry={registry}
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            onChange(options.emptyValue);
          }}
        />
      ) : null}
      {hasExamples ? examplesList(id, schema) : null}
    </>
  );
}

/** The theme's BaseInputTemplate, which RJSF's other input widgets (number, URL...) use. */
export function InputTemplate(props: InputProps) {
  return renderInput(props);
}

/** A text field: the input itself, without RJSF's TextWidget in between. */
export const TextWidget = InputTemplate;

/** An e-mail field (`format: email`): the input itself, of type `email`. */
export function EmailWidget(props: InputProps) {
  return renderInput({ ...props, type: 'email' });
}
