import {
  asNumber,
  type FieldProps,
  getDecimalSeparator,
  getUiOptions,
  type RJSFSchema,
  resolveDefaultWidget,
} from '@rjsf/utils';
import { type ComponentType, useCallback, useState } from 'react';
import type { FormContext, FormData } from '../form-context.ts';

const TRAILING_WITH_PREFIX = /\.([0-9]*0)*$/;
const TRAILING = /[0.]0*$/;

let separator: string | undefined;
/**
 * The browser's decimal separator (`,` for Latvian), worked out once per page, not per field, and
 * only once a number is shown or typed: the first `Intl.NumberFormat` of a page sets up the
 * locale's number data, which an empty form need not wait for.
 */
function decimalSeparator(): string {
  separator ??= getDecimalSeparator();
  return separator;
}

/**
 * @rjsf/core 6.11's NumberField (Apache-2.0), unchanged in behaviour: trailing `.` and zeros stay
 * visible while typing, and in a locale whose decimal separator is a comma the field shows and
 * accepts `12,5` (Latvian number convention) while the data holds `12.5`. The one difference:
 * RJSF asks `Intl.NumberFormat` for the separator on every render of every number field, which
 * cost about 20 ms when a 1,000-field form first renders (issue 4's benchmark); here it is asked once.
 */
export function NumberField(props: FieldProps<FormData, RJSFSchema, FormContext>) {
  const { registry, onChange, formData } = props;
  const [lastValue, setLastValue] = useState<unknown>(formData);
  const StringField = registry.fields.StringField as ComponentType<
    FieldProps<FormData, RJSFSchema, FormContext>
  >;
  const handleChange = useCallback(
    (newValue: unknown, ...rest: unknown[]) => {
      setLastValue(newValue);
      const standard = typeof newValue === 'string' ? newValue.replace(decimalSeparator(), '.') : newValue;
      const normalised = `${standard}`.startsWith('.') ? `0${standard}` : standard;
      const processed =
        typeof normalised === 'string' && TRAILING_WITH_PREFIX.exec(normalised)
          ? asNumber(normalised.replace(TRAILING, ''))
          : asNumber(normalised as string);
      (onChange as (...args: unknown[]) => void)(processed, ...rest);
    },
    [onChange],
  );

  let value: unknown = formData;
  if (typeof lastValue === 'string' && typeof value === 'number') {
    const canonical = lastValue.replace(decimalSeparator(), '.');
    const escaped = String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`^(${escaped})?\\.?0*$`).test(canonical)) value = lastValue;
  }
  let displayValue = value;
  if (typeof value === 'number' && decimalSeparator() !== '.') {
    const { schema, uiSchema } = props;
    const { defaultWidget } = resolveDefaultWidget(schema, uiSchema, registry.schemaUtils, registry.widgets);
    const { widget = defaultWidget, inputType } = getUiOptions(uiSchema);
    if (widget === 'text' && inputType !== 'number')
      displayValue = String(value).replace('.', decimalSeparator());
  }
  return <StringField {...props} formData={displayValue as FormData} onChange={handleChange} />;
}
