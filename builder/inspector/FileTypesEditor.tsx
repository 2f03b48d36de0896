import { useId, useState } from 'react';
import { FILE_TYPE_GROUPS } from '../../schema/attachments/file-type-groups.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';

const T = {
  lv: {
    legend: 'Kādus failus var pievienot',
    atLeastOne: 'Jāatstāj vismaz viens failu veids.',
  },
  en: {
    legend: 'Which files people may attach',
    atLeastOne: 'Keep at least one kind of file.',
  },
};

/**
 * A file field's accepted types, chosen by kind of file (schema/attachments/file-type-groups):
 * staff tick "Text documents" rather than typing extensions. A kind is ticked when all its
 * types are accepted; ticking it accepts them all, unticking removes them all.
 */
export function FileTypesEditor(props: {
  types: readonly string[];
  onChange: (types: readonly string[]) => void;
}) {
  const t = useText(T);
  const { language } = useLanguage();
  const id = useId();
  const [problem, setProblem] = useState(false);
  const toggle = (groupTypes: readonly string[], on: boolean) => {
    const next = on
      ? [...new Set([...props.types, ...groupTypes])]
      : props.types.filter((type) => !groupTypes.includes(type));
    setProblem(next.length === 0);
    if (next.length > 0) props.onChange(next);
  };
  return (
    <fieldset aria-describedby={problem ? `${id}-problem` : undefined} data-testid="inspector.file-types">
      <legend>{t.legend}</legend>
      {FILE_TYPE_GROUPS.map((group) => {
        const held = group.types.filter((type) => props.types.includes(type));
        return (
          <label key={group.id} className="check">
            <input
              type="checkbox"
              checked={held.length === group.types.length}
              ref={(input) => {
                if (input) input.indeterminate = held.length > 0 && held.length < group.types.length;
              }}
              onChange={(e) => toggle(group.types, e.target.checked)}
              data-testid={`inspector.file-types.${group.id}`}
            />
            {group.label[language]} ({group.types.map((type) => type.toUpperCase()).join(', ')})
          </label>
        );
      })}
      {problem ? (
        <p className="error" id={`${id}-problem`} role="alert">
          {t.atLeastOne}
        </p>
      ) : null}
    </fieldset>
  );
}
