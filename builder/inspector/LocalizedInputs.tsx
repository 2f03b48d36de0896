import { useId } from 'react';
import type { Language, LocalizedText } from '../../schema/service-definition.ts';

/**
 * A Latvian and an English text input for one property (label, placeholder, option text). Each
 * keystroke commits (the store coalesces a burst of typing into one undo step), so the preview
 * follows as staff type. Values are plain text: React renders them as text, so a label with
 * `<script>` shows those characters and never runs.
 */
export function LocalizedInputs(props: {
  legend: string;
  value: LocalizedText;
  onChange: (language: Language, text: string) => void;
  testId: string;
  multiline?: boolean;
  labels: { lv: string; en: string };
  /** Languages the property can be stored in (the placeholder has no English place yet). */
  languages?: readonly Language[];
}) {
  const id = useId();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {(props.languages ?? (['lv', 'en'] as const)).map((language) => {
        const common = {
          id: `${id}-${language}`,
          value: props.value[language],
          lang: language,
          'data-testid': `${props.testId}-${language}`,
        };
        return (
          <div key={language}>
            <label htmlFor={`${id}-${language}`}>{props.labels[language]}</label>
            {props.multiline ? (
              <textarea {...common} rows={2} onChange={(e) => props.onChange(language, e.target.value)} />
            ) : (
              <input {...common} onChange={(e) => props.onChange(language, e.target.value)} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
