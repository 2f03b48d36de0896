import {
  ariaDescribedByIds,
  enumOptionSelectedValue,
  enumOptionValueDecoder,
  enumOptionValueEncoder,
  getOptionValueFormat,
  type RJSFSchema,
  SelectedOptionDescription,
  type WidgetProps,
} from '@rjsf/utils';
import type { ChangeEvent, FocusEvent } from 'react';
import type { FormContext, FormData } from '../form-context.ts';

type SelectEvent = ChangeEvent<HTMLSelectElement> | FocusEvent<HTMLSelectElement>;

function selected(event: SelectEvent, multiple: boolean): string | string[] {
  if (!multiple) return event.target.value;
  return Array.from(event.target.options)
    .filter((option) => option.selected)
    .map((option) => option.value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * RJSF 6.11's SelectWidget (Apache-2.0), the same `<select>` with the same ids, option values,
 * placeholder option and `aria-describedby`, without its extra work per field (issue 4, time to
 * ready): no hooks, and the chosen option's description is only looked for when something is
 * chosen (RJSF compares every option with the empty answer of every dropdown on the page).
 */
export function SelectWidget({
  schema,
  id,
  options,
  value,
  required,
  disabled,
  readonly,
  multiple = false,
  autofocus = false,
  onChange,
  onBlur,
  onFocus,
  placeholder,
  htmlName,
  registry,
  uiSchema,
}: WidgetProps<FormData, RJSFSchema, FormContext>) {
  const { enumOptions, enumDisabled, emptyValue: optionsEmptyValue } = options;
  const format = getOptionValueFormat(options);
  const decode = (event: SelectEvent) =>
    enumOptionValueDecoder(selected(event, multiple), enumOptions, format, optionsEmptyValue);
  const selectValue = enumOptionSelectedValue(value, enumOptions, multiple, format, multiple ? [] : '');
  return (
    <>
      {isEmpty(value) ? null : (
        <SelectedOptionDescription
          id={id}
          multiple={multiple}
          options={options}
          registry={registry}
          uiSchema={uiSchema}
          value={value}
        />
      )}
      <select
        id={id}
        name={htmlName || id}
        multiple={multiple}
        className="form-control"
        value={typeof selectValue === 'undefined' ? undefined : (selectValue as string | string[])}
        required={required}
        disabled={disabled || readonly}
        // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it (ui:autofocus).
        autoFocus={autofocus}
        onBlur={(event) => onBlur(id, decode(event))}
        onFocus={(event) => onFocus(id, decode(event))}
        onChange={(event) => onChange(decode(event))}
        aria-describedby={ariaDescribedByIds(id)}
      >
        {!multiple && schema.default === undefined ? <option value="">{placeholder}</option> : null}
        {Array.isArray(enumOptions)
          ? enumOptions.map(({ value: optionValue, label }, index) => (
              <option
                key={String(optionValue)}
                value={enumOptionValueEncoder(optionValue, index, format)}
                disabled={Array.isArray(enumDisabled) && enumDisabled.includes(optionValue)}
              >
                {label}
              </option>
            ))
          : null}
      </select>
    </>
  );
}
