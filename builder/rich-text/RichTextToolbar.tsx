import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import { useId, useState } from 'react';
import { isSafeLink } from '../../schema/rich-text/rich-text-doc.ts';
import { useText } from '../i18n/LanguageProvider.tsx';

const T = {
  lv: {
    toolbar: 'Teksta formatēšana',
    bold: 'Treknraksts',
    italic: 'Slīpraksts',
    bullets: 'Saraksts ar punktiem',
    numbers: 'Numurēts saraksts',
    link: 'Saite',
    address: 'Saites adrese (https://…)',
    add: 'Pievienot saiti',
    remove: 'Noņemt saiti',
    bad: 'Adresei jāsākas ar https://, mailto: vai tel:',
  },
  en: {
    toolbar: 'Text formatting',
    bold: 'Bold',
    italic: 'Italic',
    bullets: 'Bulleted list',
    numbers: 'Numbered list',
    link: 'Link',
    address: 'Link address (https://…)',
    add: 'Add link',
    remove: 'Remove link',
    bad: 'The address must start with https://, mailto: or tel:',
  },
};

/** Formatting buttons with text names (not icons only), and a link address field instead of a prompt. */
export function RichTextToolbar({ testId }: { testId: string }) {
  const [editor] = useLexicalComposerContext();
  const t = useText(T);
  const id = useId();
  const [linkOpen, setLinkOpen] = useState(false);
  const [url, setUrl] = useState('https://');
  const [bad, setBad] = useState(false);

  return (
    <div>
      <div role="toolbar" aria-label={t.toolbar} className="rich-toolbar">
        <button
          type="button"
          className="button button--small"
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
          data-testid={`${testId}.bold`}
        >
          <b>{t.bold}</b>
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
          data-testid={`${testId}.italic`}
        >
          <i>{t.italic}</i>
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
          data-testid={`${testId}.bullets`}
        >
          {t.bullets}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
          data-testid={`${testId}.numbers`}
        >
          {t.numbers}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={linkOpen}
          onClick={() => setLinkOpen(!linkOpen)}
          data-testid={`${testId}.link`}
        >
          {t.link}
        </button>
      </div>
      {linkOpen ? (
        <div className="rich-link">
          <label htmlFor={`${id}-url`}>{t.address}</label>
          <input
            id={`${id}-url`}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={bad}
            data-testid={`${testId}.link-url`}
          />
          {bad ? <p className="error">{t.bad}</p> : null}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              if (!isSafeLink(url)) return setBad(true);
              setBad(false);
              editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim());
              setLinkOpen(false);
            }}
            data-testid={`${testId}.link-add`}
          >
            {t.add}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)}
          >
            {t.remove}
          </button>
        </div>
      ) : null}
    </div>
  );
}
