import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useDesigner } from '../store/designer-context.tsx';

const T = {
  lv: {
    undo: 'Atsaukt',
    redo: 'Atcelt atsaukšanu',
    undone: 'Atsaukts:',
    redone: 'Atkārtots:',
    keys: 'Ctrl+Z',
    redoKeys: 'Ctrl+Shift+Z',
  },
  en: {
    undo: 'Undo',
    redo: 'Redo',
    undone: 'Undone:',
    redone: 'Redone:',
    keys: 'Ctrl+Z',
    redoKeys: 'Ctrl+Shift+Z',
  },
};

/**
 * Undo and redo buttons; each says what it will undo in its title. A polite live region tells
 * screen-reader users what an undo or redo (by button or key) just did.
 */
export function UndoRedoButtons() {
  const t = useText(T);
  const { language } = useLanguage();
  const undo = useDesigner((s) => s.undo);
  const redo = useDesigner((s) => s.redo);
  const nextUndo = useDesigner((s) => s.past.at(-1)?.label);
  const nextRedo = useDesigner((s) => s.future.at(-1)?.label);
  const last = useDesigner((s) => s.lastAnnouncement);
  const said =
    last && last.kind !== 'change'
      ? `${last.kind === 'undo' ? t.undone : t.redone} ${last.text[language]}`
      : '';
  return (
    <div className="undo-redo">
      <button
        type="button"
        className="button"
        onClick={undo}
        aria-disabled={!nextUndo}
        aria-keyshortcuts="Control+Z"
        title={nextUndo ? `${t.undo}: ${nextUndo[language]} (${t.keys})` : undefined}
        data-testid="builder.undo"
      >
        {t.undo}
      </button>
      <button
        type="button"
        className="button"
        onClick={redo}
        aria-disabled={!nextRedo}
        aria-keyshortcuts="Control+Shift+Z"
        title={nextRedo ? `${t.redo}: ${nextRedo[language]} (${t.redoKeys})` : undefined}
        data-testid="builder.redo"
      >
        {t.redo}
      </button>
      <p className="visually-hidden" aria-live="polite" data-testid="builder.undo-announcement">
        {said}
      </p>
    </div>
  );
}
