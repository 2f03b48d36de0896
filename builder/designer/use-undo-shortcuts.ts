import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DesignerState } from '../store/designer-store.ts';

/** Lexical keeps its own history while someone types help text; its Ctrl+Z stays its own. */
function inRichText(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS), anywhere in the designer except
 * inside the rich-text editor. Label inputs commit into the store as one coalesced step per burst
 * of typing, so undo there undoes the typing too.
 */
export function useUndoShortcuts(store: StoreApi<DesignerState>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inRichText(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
