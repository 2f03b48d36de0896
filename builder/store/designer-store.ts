import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';

/**
 * One change to the definition: a pure operation from builder/operations bound to its arguments,
 * with a name people can hear ("Lauks pievienots") when it is undone or redone.
 */
export interface Change {
  label: LocalizedText;
  /** The operation; it may also name what to select afterwards (the field it just added). */
  run: (
    definition: ServiceDefinition,
  ) => ServiceDefinition | { definition: ServiceDefinition; select: string | null };
  /** The field to select afterwards (e.g. the one just added), by its id. */
  select?: string | null;
  /**
   * Typing a label is many changes but one thing to undo: consecutive changes with the same key
   * within COALESCE_MS share one undo step.
   */
  coalesce?: string;
}

interface HistoryEntry {
  definition: ServiceDefinition;
  label: LocalizedText;
  coalesce?: string;
  at?: number;
}

export interface DesignerState {
  definition: ServiceDefinition;
  selected: string | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * An operation refused the change (it throws on what it cannot do, e.g. a section moved into
   * itself or a limit that does not fit): nothing changed, and the panel says so.
   */
  refused: LocalizedText | null;
  /** What undo/redo just did, for the screen-reader announcement. */
  lastAnnouncement: { text: LocalizedText; kind: 'undo' | 'redo' | 'change' } | null;
  perform: (change: Change) => void;
  undo: () => void;
  redo: () => void;
  select: (id: string | null) => void;
  /** Puts another definition in place as one undoable step (e.g. "load theirs" after a conflict). */
  replace: (definition: ServiceDefinition, label: LocalizedText) => void;
}

/** Enough to undo a working session; snapshots share structure, so each costs little memory. */
export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1500;

/**
 * The designer's state: the definition, what is selected, and the undo history. The store only
 * sequences pure operations (excalidraw actions): every edit goes through `perform`, so undo,
 * redo and autosave (which subscribes to `definition`) each hang off that single path.
 *
 * @example
 * const store = createDesignerStore(draft.definition);
 * store.getState().perform({ label, run: (d) => addField(d, ...) });
 */
export function createDesignerStore(
  initial: ServiceDefinition,
  now: () => number = () => Date.now(),
): StoreApi<DesignerState> {
  return createStore<DesignerState>((set, get) => ({
    definition: initial,
    selected: null,
    past: [],
    future: [],
    lastAnnouncement: null,
    refused: null,
    perform(change) {
      const { definition, past, selected } = get();
      let result: ReturnType<Change['run']>;
      try {
        result = change.run(definition);
      } catch (error) {
        console.error(error);
        set({ refused: change.label });
        return;
      }
      const next =
        'definition' in result && 'select' in result ? result.definition : (result as ServiceDefinition);
      const select = 'definition' in result && 'select' in result ? result.select : change.select;
      if (next === definition) return;
      const last = past.at(-1);
      const at = now();
      const merge =
        change.coalesce !== undefined &&
        last?.coalesce === change.coalesce &&
        at - (last.at ?? 0) < COALESCE_MS;
      const entry = { definition, label: change.label, coalesce: change.coalesce, at };
      set({
        definition: next,
        past: merge ? [...past.slice(0, -1), { ...last, at }] : [...past.slice(-(HISTORY_LIMIT - 1)), entry],
        future: [],
        selected: select === undefined ? selected : select,
        lastAnnouncement: { text: change.label, kind: 'change' },
        refused: null,
      });
    },
    undo() {
      const { definition, past, future } = get();
      const entry = past.at(-1);
      if (!entry) return;
      set({
        definition: entry.definition,
        past: past.slice(0, -1),
        future: [...future, { definition, label: entry.label }],
        lastAnnouncement: { text: entry.label, kind: 'undo' },
      });
    },
    redo() {
      const { definition, past, future } = get();
      const entry = future.at(-1);
      if (!entry) return;
      set({
        definition: entry.definition,
        past: [...past, { definition, label: entry.label }],
        future: future.slice(0, -1),
        lastAnnouncement: { text: entry.label, kind: 'redo' },
      });
    },
    select(id) {
      if (get().selected !== id) set({ selected: id });
    },
    replace(definition, label) {
      get().perform({ label, run: () => definition });
    },
  }));
}
