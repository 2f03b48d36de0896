import { useId } from 'react';
import type { ConditionOp } from '../../schema/service-definition.ts';
import { useText } from '../i18n/LanguageProvider.tsx';

const T = {
  lv: { value: 'Vērtība', yes: 'Jā', no: 'Nē', values: 'Vērtības' },
  en: { value: 'Value', yes: 'Yes', no: 'No', values: 'Values' },
};

function optionLabel(schema: unknown, value: unknown, op: ConditionOp): string {
  const node = (op === 'contains' ? (schema as { items?: unknown }).items : schema) as
    | { oneOf?: unknown[]; anyOf?: unknown[] }
    | undefined;
  const list = node?.oneOf ?? node?.anyOf ?? [];
  const match = list.find((o) => (o as { const?: unknown }).const === value) as
    | { title?: unknown }
    | undefined;
  return typeof match?.title === 'string' ? match.title : String(value);
}

/** The value part of a rule, shaped by the field: options to pick from, yes/no, a number or text. */
export function RuleValueInput(props: {
  schema: unknown;
  options: unknown[] | undefined;
  op: ConditionOp;
  value: unknown;
  onChange: (value: unknown) => void;
  testId: string;
  describedBy: string | undefined;
}) {
  const t = useText(T);
  const id = useId();
  const { schema, options, op, value, onChange } = props;
  const type = (schema as { type?: unknown }).type;

  if (op === 'is_one_of' && options) {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset aria-describedby={props.describedBy} data-testid={props.testId}>
        <legend>{t.values}</legend>
        {options.map((option) => (
          <label key={String(option)} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))
              }
            />
            {optionLabel(schema, option, op)}
          </label>
        ))}
      </fieldset>
    );
  }
  let control: JSX.Element;
  if (options) {
    control = (
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(options.find((o) => String(o) === e.target.value))}
        data-testid={props.testId}
        aria-describedby={props.describedBy}
      >
        {options.map((option) => (
          <option key={String(option)} value={String(option)}>
            {optionLabel(schema, option, op)}
          </option>
        ))}
      </select>
    );
  } else if (type === 'boolean') {
    control = (
      <select
        id={id}
        value={value === false ? 'no' : 'yes'}
        onChange={(e) => onChange(e.target.value === 'yes')}
        data-testid={props.testId}
        aria-describedby={props.describedBy}
      >
        <option value="yes">{t.yes}</option>
        <option value="no">{t.no}</option>
      </select>
    );
  } else if (type === 'number' || type === 'integer') {
    control = (
      <input
        id={id}
        type="number"
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? 0 : Number(e.target.value))}
        data-testid={props.testId}
        aria-describedby={props.describedBy}
      />
    );
  } else {
    control = (
      <input
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        data-testid={props.testId}
        aria-describedby={props.describedBy}
      />
    );
  }
  return (
    <>
      <label htmlFor={id}>{t.value}</label>
      {control}
    </>
  );
}

import type { JSX } from 'react';
