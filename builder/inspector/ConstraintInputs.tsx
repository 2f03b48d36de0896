import { useId } from 'react';
import { TEXT_PRESETS, textPresetOf } from '../../schema/field-types/text-presets.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import type { FieldValues } from './field-values.ts';

const T = {
  lv: {
    legend: 'Ierobežojumi',
    minLength: 'Mazākais rakstzīmju skaits',
    maxLength: 'Lielākais rakstzīmju skaits',
    minimum: 'Mazākā vērtība',
    maximum: 'Lielākā vērtība',
    minItems: 'Mazākais atbilžu vai ierakstu skaits',
    maxItems: 'Lielākais atbilžu vai ierakstu skaits',
    maxFileMegabytes: 'Lielākais faila izmērs (MB)',
    preset: 'Teksta paraugs',
    none: 'Jebkāds teksts',
    example: (e: string) => `Piemēram: ${e}`,
  },
  en: {
    legend: 'Limits',
    minLength: 'Fewest characters',
    maxLength: 'Most characters',
    minimum: 'Smallest value',
    maximum: 'Largest value',
    minItems: 'Fewest answers or entries',
    maxItems: 'Most answers or entries',
    maxFileMegabytes: 'Largest file (MB)',
    preset: 'Text pattern',
    none: 'Any text',
    example: (e: string) => `For example: ${e}`,
  },
};

type NumberName =
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'minItems'
  | 'maxItems'
  | 'maxFileMegabytes';

/**
 * The limits a field type allows (schema/field-types): numbers for lengths, ranges and counts,
 * and a named pattern chosen from a list, never a typed regular expression.
 */
export function ConstraintInputs(props: {
  names: readonly string[];
  values: FieldValues;
  onChange: (name: string, value: number | string | undefined) => void;
}) {
  const t = useText(T);
  const { language } = useLanguage();
  const id = useId();
  if (props.names.length === 0) return null;
  const preset = textPresetOf({
    format: props.values.constraints.format,
    pattern: props.values.constraints.pattern,
  });
  return (
    <fieldset>
      <legend>{t.legend}</legend>
      {props.names.map((name) => {
        if (name === 'preset') {
          return (
            <div key={name}>
              <label htmlFor={`${id}-preset`}>{t.preset}</label>
              <select
                id={`${id}-preset`}
                value={preset?.id ?? ''}
                onChange={(e) => props.onChange('preset', e.target.value || undefined)}
                aria-describedby={preset ? `${id}-example` : undefined}
                data-testid="inspector.preset"
              >
                <option value="">{t.none}</option>
                {TEXT_PRESETS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label[language]}
                  </option>
                ))}
              </select>
              {preset ? (
                <p className="hint" id={`${id}-example`}>
                  {t.example(preset.example)}
                </p>
              ) : null}
            </div>
          );
        }
        const value = props.values.constraints[name];
        return (
          <div key={name}>
            <label htmlFor={`${id}-${name}`}>{t[name as NumberName]}</label>
            <input
              id={`${id}-${name}`}
              type="number"
              inputMode="numeric"
              value={typeof value === 'number' ? value : ''}
              onChange={(e) =>
                props.onChange(name, e.target.value === '' ? undefined : Number(e.target.value))
              }
              data-testid={`inspector.${name}`}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
