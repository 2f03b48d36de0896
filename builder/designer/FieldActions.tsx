import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useDesignerStore } from '../store/designer-context.tsx';
import { useAnnounce } from './Announcer.tsx';
import { useCanvasIndex } from './canvas-context.tsx';
import type { CanvasNode } from './canvas-model.ts';
import { canvasSteps } from './canvas-model.ts';
import { describePlace } from './dnd/describe-move.ts';
import { fieldChanges, NEW_STEP_TITLE } from './field-changes.ts';
import {
  type ButtonMove,
  buttonMoveTarget,
  idAfterMove,
  indexCanvas,
  pageBreakField,
} from './field-place.ts';
import { useOperations } from './operations-context.tsx';

const T = {
  lv: {
    group: (name: string) => `Darbības ar lauku '${name}'`,
    up: 'Pārvietot augšup',
    down: 'Pārvietot lejup',
    'previous-step': 'Uz iepriekšējo soli',
    'next-step': 'Uz nākamo soli',
    'into-above': 'Ielikt grupā virs',
    out: 'Izņemt no grupas',
    duplicate: 'Dublēt',
    remove: 'Dzēst',
    newStep: 'Jauns solis no šī lauka',
    stepAdded: (name: string) => `Jauns solis sākas ar lauku '${name}'.`,
    moved: (name: string, where: string) => `Lauks '${name}' pārvietots: ${where}.`,
    duplicated: (name: string) => `Lauks '${name}' dublēts; izvēlēta kopija.`,
    removed: (name: string) => `Lauks '${name}' dzēsts. Atsaukt: Ctrl+Z.`,
  },
  en: {
    group: (name: string) => `Actions for field '${name}'`,
    up: 'Move up',
    down: 'Move down',
    'previous-step': 'To the previous step',
    'next-step': 'To the next step',
    'into-above': 'Into the group above',
    out: 'Out of the group',
    duplicate: 'Duplicate',
    remove: 'Delete',
    newStep: 'New step from this field',
    stepAdded: (name: string) => `A new step starts with field '${name}'.`,
    moved: (name: string, where: string) => `Field '${name}' moved: ${where}.`,
    duplicated: (name: string) => `Field '${name}' duplicated; the copy is selected.`,
    removed: (name: string) => `Field '${name}' deleted. Undo: Ctrl+Z.`,
  },
};

const MOVES: ButtonMove[] = ['up', 'down', 'previous-step', 'next-step', 'into-above', 'out'];

/** After a move the row is rendered anew elsewhere: put focus back on the same button there. */
function refocus(id: string, action: string) {
  requestAnimationFrame(() => {
    const row = document.querySelector(`[data-field-id="${CSS.escape(id)}"]`);
    const button = row?.querySelector<HTMLButtonElement>(
      `[data-action="${action}"]:not([aria-disabled="true"])`,
    );
    (button ?? row?.querySelector<HTMLButtonElement>('.canvas-field__select'))?.focus();
  });
}

/**
 * The plain-button way to do everything dragging does (WCAG 2.1.1, and 2.5.7's single-pointer
 * alternative): move up/down, between steps, into and out of groups, duplicate, delete. Shown for
 * the selected field; each move is announced with where the field ended up.
 */
export function FieldActions(props: { node: CanvasNode; first: boolean; last: boolean }) {
  const { node } = props;
  const t = useText(T);
  const { language } = useLanguage();
  const store = useDesignerStore();
  const ops = useOperations();
  const canvasIndex = useCanvasIndex();
  const announce = useAnnounce();
  const changes = fieldChanges(ops);
  const name = node.title || node.key;
  const index = canvasIndex();
  const here = index.places.get(node.id);
  const canBreak =
    here !== undefined && pageBreakField(index, { container: here.parent, index: here.index }) === node.key;

  function move(kind: ButtonMove) {
    const place = buttonMoveTarget(canvasIndex(), node.id, kind);
    if (!place) return;
    const newId = idAfterMove(canvasIndex(), node.key, place);
    store.getState().perform(changes.move(node.id, name, place, newId));
    const after = indexCanvas(canvasSteps(store.getState().definition));
    const at = after.places.get(newId);
    const container = at ? after.containers.get(at.parent) : undefined;
    if (at && container) {
      const where = describePlace(language, {
        container: { kind: container.kind, label: container.label },
        index: at.index,
        total: container.size,
      });
      announce(t.moved(name, where));
    }
    refocus(newId, kind);
  }

  return (
    <fieldset className="row-actions field-actions" data-testid={`builder.canvas.actions.${node.key}`}>
      <legend className="visually-hidden">{t.group(name)}</legend>
      {MOVES.map((kind) => {
        const possible = buttonMoveTarget(index, node.id, kind) !== undefined;
        return (
          <button
            key={kind}
            type="button"
            className="button button--small"
            aria-disabled={!possible}
            data-action={kind}
            onClick={() => possible && move(kind)}
            data-testid={`builder.canvas.move-${kind}.${node.key}`}
          >
            {t[kind]}
          </button>
        );
      })}
      {canBreak ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            store.getState().perform(changes.addStep(node.key, NEW_STEP_TITLE));
            announce(t.stepAdded(name));
            refocus(node.id, 'duplicate');
          }}
          data-testid={`builder.canvas.page-break.${node.key}`}
        >
          {t.newStep}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          store.getState().perform(changes.duplicate(node.id, name));
          announce(t.duplicated(name));
          const copy = store.getState().selected;
          if (copy) refocus(copy, 'duplicate');
        }}
        data-action="duplicate"
        data-testid={`builder.canvas.duplicate.${node.key}`}
      >
        {t.duplicate}
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() => {
          store.getState().perform(changes.remove(node.id, name));
          announce(t.removed(name));
          requestAnimationFrame(() => document.getElementById('canvas-heading')?.focus());
        }}
        data-testid={`builder.canvas.delete.${node.key}`}
      >
        {t.remove}
      </button>
    </fieldset>
  );
}
