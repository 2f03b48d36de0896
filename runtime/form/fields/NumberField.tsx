import { type FieldProps, getUiOptions, type RJSFSchema, resolveDefaultWidget } from '@rjsf/utils';
import { type ComponentType, useCallback, useState } from 'react';
import type { FormContext, FormData } from '../form-context.ts';
import { decimalSeparator, numberAnswer, shownNumber } from './number-text.ts';

/**
 * @rjsf/core 6.11's NumberField (Apache-2.0), unchanged in behaviour: trailing `.` and zeros stay
 * visible while typing, and in a locale whose decimal separator is a comma the field shows and
 * accepts `12,5` (Latvian number convention) while the data holds `12.5`. The one difference:
 * RJSF asks `Intl.NumberFormat` for the separator on every render of every number field, which
 * cost about 20 ms when a 1,000-field form first renders (issue 4's benchmark); here it is asked
 * once (number-text.ts, which the lean renderer's number questions share).
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
      (onChange as (...args: unknown[]) => void)(numberAnswer(newValue), ...rest);
    },
    [onChange],
  );
  const textControl = () => {
    const { schema, uiSchema } = props;
    const { defaultWidget } = resolveDefaultWidget(schema, uiSchema, registry.schemaUtils, registry.widgets);
    const { widget = defaultWidget, inputType } = getUiOptions(uiSchema);
    return widget === 'text' && inputType !== 'number';
  };
  // The widget is only looked up for an answer that could show a decimal comma.
  const comma = typeof formData === 'number' && decimalSeparator() !== '.' && textControl();
  const displayValue = shownNumber(lastValue, formData, comma);
  return <StringField {...props} formData={displayValue as FormData} onChange={handleChange} />;
}
