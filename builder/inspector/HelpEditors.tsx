import { useId } from 'react';
import { plainToRichText, type RichTextDoc, richTextToPlain } from '../../schema/rich-text/rich-text-doc.ts';
import type { Language } from '../../schema/service-definition.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import { RichTextEditor } from '../rich-text/RichTextEditor.tsx';
import type { FieldValues } from './field-values.ts';

const T = {
  lv: { legend: 'Paskaidrojums zem lauka nosaukuma', body: 'Teksts', lv: 'Latviski', en: 'Angliski' },
  en: { legend: 'Help text under the label', body: 'Text', lv: 'In Latvian', en: 'In English' },
};

/**
 * Help text in both languages, each in the rich-text editor. The editor is keyed on the stored
 * value, so an undo or another field's selection shows the right text; a commit hands back the
 * document and its plain-text fallback.
 */
export function HelpEditors(props: {
  fieldId: string;
  values: FieldValues;
  /** A content block: its help text is the block's body text. */
  isContent?: boolean;
  onCommit: (language: Language, plain: string, rich: RichTextDoc | undefined) => void;
}) {
  const t = useText(T);
  const id = useId();
  return (
    <fieldset>
      <legend>{props.isContent ? t.body : t.legend}</legend>
      {(['lv', 'en'] as const).map((language) => {
        const doc = props.values.rich[language] ?? plainToRichText(props.values.help[language]);
        return (
          <div key={language}>
            <p className="label" id={`${id}-${language}`}>
              {t[language]}
            </p>
            <RichTextEditor
              key={`${props.fieldId}:${JSON.stringify(doc)}`}
              labelledBy={`${id}-${language}`}
              value={doc}
              lang={language}
              onCommit={(next) => props.onCommit(language, richTextToPlain(next), next)}
              testId={`inspector.help-${language}`}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
