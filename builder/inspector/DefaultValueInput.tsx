import { type JSX, useId } from 'react';
import type { ChoiceOption } from '../designer/operations-port.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';

const T = {
  lv: { label: 'Noklusējuma atbilde', none: 'Nav', yes: 'Jā', no: 'Nē', hint: 'Iedzīvotājs to var mainīt.' },
  en: { label: 'Default answer', none: 'None', yes: 'Yes', no: 'No', hint: 'The citizen can change it.' },
};

/**
 * A default answer where one makes sense: text, number, yes/no or one of the options. Empty
 * means none (the runtime never answers for the citizen unless a default is set here).
 */
export function DefaultValueInput(props: {
  typeId: string | undefined;
  value: unknown;
  options: ChoiceOption[] | undefined;
  onChange: (value: unknown) => void;
}) {
  const t = useText(T);
  const { language } = useLanguage();
  const id = useId();
  const { typeId, value, onChange } = props;
  let control: JSX.Element | null = null;
  if (typeId === 'yes-no') {
    control = (
      <select
        id={id}
        value={value === true ? 'yes' : value === false ? 'no' : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'yes')}
        data-testid="inspector.default"
      >
        <option value="">{t.none}</option>
        <option value="yes">{t.yes}</option>
        <option value="no">{t.no}</option>
      </select>
    );
  } else if (typeId === 'single-choice' && props.options) {
    control = (
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        data-testid="inspector.default"
      >
        <option value="">{t.none}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[language] || o.label.lv}
          </option>
        ))}
      </select>
    );
  } else if (typeId === 'number') {
    control = (
      <input
        id={id}
        type="number"
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        data-testid="inspector.default"
      />
    );
  } else if (typeId === 'short-text' || typeId === 'long-text') {
    control = (
      <input
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        data-testid="inspector.default"
      />
    );
  }
  if (!control) return null;
  return (
    <div>
      <label htmlFor={id}>{t.label}</label>
      <p className="hint">{t.hint}</p>
      {control}
    </div>
  );
}
