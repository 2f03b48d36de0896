import { useId } from 'react';
import type { ChoiceOption } from '../designer/operations-port.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import { nextOptionValue } from './option-values.ts';

const T = {
  lv: {
    legend: 'Izvēles iespējas',
    option: (n: number) => `${n}. iespēja`,
    lv: 'Latviski',
    en: 'Angliski',
    add: 'Pievienot iespēju',
    up: 'Augšup',
    down: 'Lejup',
    remove: 'Dzēst',
    newOption: 'Jauna iespēja',
    display: 'Kā rādīt',
    radio: 'Radiopogas (visas redzamas)',
    dropdown: 'Nolaižamais saraksts',
  },
  en: {
    legend: 'Choices',
    option: (n: number) => `Choice ${n}`,
    lv: 'In Latvian',
    en: 'In English',
    add: 'Add a choice',
    up: 'Up',
    down: 'Down',
    remove: 'Delete',
    newOption: 'New choice',
    display: 'How to show',
    radio: 'Radio buttons (all visible)',
    dropdown: 'Dropdown list',
  },
};

/**
 * The options of a single or multiple choice: text in both languages, order, add and delete.
 * Each option's stored value is kept when its text changes, so answers already given stay valid.
 */
export function OptionsEditor(props: {
  options: ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
  /** Single choice only: radio buttons or a dropdown list. */
  display?: { value: 'radio' | 'dropdown'; onChange: (display: 'radio' | 'dropdown') => void };
}) {
  const t = useText(T);
  const id = useId();
  const { options, onChange } = props;
  const update = (index: number, next: ChoiceOption) =>
    onChange(options.map((o, i) => (i === index ? next : o)));
  const swap = (a: number, b: number) => {
    const next = [...options];
    [next[a], next[b]] = [next[b]!, next[a]!];
    onChange(next);
  };
  return (
    <fieldset data-testid="inspector.options">
      <legend>{t.legend}</legend>
      {props.display ? (
        <>
          <label htmlFor={`${id}-display`}>{t.display}</label>
          <select
            id={`${id}-display`}
            value={props.display.value}
            onChange={(e) => props.display?.onChange(e.target.value === 'dropdown' ? 'dropdown' : 'radio')}
            data-testid="inspector.display"
          >
            <option value="radio">{t.radio}</option>
            <option value="dropdown">{t.dropdown}</option>
          </select>
        </>
      ) : null}
      <ol className="options">
        {options.map((option, i) => (
          <li key={option.value}>
            <fieldset>
              <legend>{t.option(i + 1)}</legend>
              {(['lv', 'en'] as const).map((lang) => (
                <div key={lang}>
                  <label htmlFor={`${id}-${i}-${lang}`}>{t[lang]}</label>
                  <input
                    id={`${id}-${i}-${lang}`}
                    lang={lang}
                    value={option.label[lang]}
                    onChange={(e) =>
                      update(i, { ...option, label: { ...option.label, [lang]: e.target.value } })
                    }
                    data-testid={`inspector.option-${lang}.${i}`}
                  />
                </div>
              ))}
              <div className="row-actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && swap(i, i - 1)}
                >
                  {t.up}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-disabled={i === options.length - 1}
                  onClick={() => i < options.length - 1 && swap(i, i + 1)}
                >
                  {t.down}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => onChange(options.filter((_, j) => j !== i))}
                  data-testid={`inspector.option-delete.${i}`}
                >
                  {t.remove}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          onChange([...options, { value: nextOptionValue(options), label: { lv: t.newOption, en: '' } }])
        }
        data-testid="inspector.option-add"
      >
        {t.add}
      </button>
    </fieldset>
  );
}
