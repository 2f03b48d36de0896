import { ariaDescribedByIds, type RJSFSchema, type WidgetProps } from '@rjsf/utils';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import type { FormContext, FormData } from '../form-context.ts';
import { shownDate, storedDate } from './latvian-date.ts';

/**
 * A date as Latvians write it, `16.11.1975`, in a plain text field with a hint, instead of the
 * browser's date picker: that one follows the operating system's locale (month first on most
 * machines), reads badly in screen readers and is awkward by keyboard (GOV.UK: ask for dates
 * people know as text). Stored as the ISO date the schema validates.
 */
export function LatvianDateWidget({
  id,
  value,
  required,
  disabled,
  readonly,
  autofocus,
  options,
  registry,
  onChange,
  onBlur,
  onFocus,
}: WidgetProps<FormData, RJSFSchema, FormContext>) {
  const [text, setText] = useState(() => shownDate(value));
  const lastStored = useRef<unknown>(value);
  // A value set from outside (another language's form, a reset) replaces what is shown.
  useEffect(() => {
    if (value !== lastStored.current) {
      lastStored.current = value;
      setText(shownDate(value));
    }
  }, [value]);
  const hintId = `${id}__format`;
  const onTextChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    const stored = storedDate(event.target.value);
    lastStored.current = stored;
    onChange(stored);
  };
  return (
    <>
      <p className="field__hint" id={hintId}>
        {registry.formContext.strings.form.dateHint}
      </p>
      <input
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        className="form-control form-control--date"
        value={text}
        required={required}
        disabled={disabled || readonly}
        // biome-ignore lint/a11y/noAutofocus: only when the form's author asked for it (ui:autofocus).
        autoFocus={autofocus}
        autoComplete={typeof options.autocomplete === 'string' ? options.autocomplete : undefined}
        spellCheck={false}
        aria-describedby={`${hintId} ${ariaDescribedByIds(id)}`}
        onChange={onTextChange}
        onBlur={(event) => onBlur(id, storedDate(event.target.value))}
        onFocus={(event) => onFocus(id, storedDate(event.target.value))}
      />
    </>
  );
}
