import { useEffect, useMemo, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, ServicesApi } from '../api/services-api.ts';
import type { DesignerState } from '../store/designer-store.ts';
import { type Autosave, createAutosave, type SaveState } from './autosave.ts';
import { createDebouncedBackup } from './debounced-backup.ts';
import type { LocalBackup } from './local-backup.ts';

/**
 * Binds autosave to the store: it subscribes to the definition, so every perform, undo and redo
 * is saved through the same path. Retries at once when the browser says it is online again, and
 * saves what is left when the page is hidden.
 */
export function useAutosave(options: {
  code: string;
  services: ServicesApi;
  store: StoreApi<DesignerState>;
  backup: LocalBackup;
  start: { revision: number; dirty: boolean };
  onSaved: (draft: Draft) => void;
}): { state: SaveState; autosave: Autosave } {
  const { code, services, store, backup, start, onSaved } = options;
  const [state, setState] = useState<SaveState>({ kind: start.dirty ? 'pending' : 'saved' });
  const [localCopy] = useState(() => createDebouncedBackup(backup));
  // biome-ignore lint/correctness/useExhaustiveDependencies: one autosave per opened draft.
  const autosave = useMemo(
    () =>
      createAutosave(
        { code, save: services.saveDraft, backup: localCopy, onState: setState, onSaved },
        { revision: start.revision, definition: store.getState().definition, dirty: start.dirty },
      ),
    [],
  );
  useEffect(() => {
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.definition !== previous.definition) autosave.changed(next.definition);
    });
    const online = () => autosave.retryNow();
    const hidden = () => {
      if (document.visibilityState !== 'hidden') return;
      localCopy.flush();
      void autosave.flush();
    };
    const leaving = () => localCopy.flush();
    window.addEventListener('online', online);
    window.addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      unsubscribe();
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', hidden);
      localCopy.flush();
      autosave.dispose();
    };
  }, [store, autosave, localCopy]);
  return { state, autosave };
}
