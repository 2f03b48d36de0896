import { useDraggable } from '@dnd-kit/core';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useDesignerStore } from '../store/designer-context.tsx';
import { useAnnounce } from './Announcer.tsx';
import { useCanvasIndex } from './canvas-context.tsx';
import { stepContainerId } from './canvas-model.ts';
import { fieldChanges, NEW_STEP_TITLE } from './field-changes.ts';
import { type Place, pageBreakField } from './field-place.ts';
import { useOperations } from './operations-context.tsx';
import type { PaletteType } from './operations-port.ts';

const T = {
  lv: {
    heading: 'Lauku veidi',
    hint: 'Velciet lauku uz veidlapu vai nospiediet to, lai pievienotu aiz izvēlētā lauka. Ar tastatūru: atstarpe paņem, bultiņas pārvieto, atstarpe noliek.',
    added: (name: string) => `Pievienots lauks '${name}'.`,
    soon: 'drīzumā',
  },
  en: {
    heading: 'Field types',
    hint: 'Drag a field onto the form, or press it to add it after the selected field. By keyboard: Space picks up, arrows move, Space drops.',
    added: (name: string) => `Added field '${name}'.`,
    soon: 'coming soon',
  },
};

/** Where a pressed palette item goes: after the selected field, or at the end of the last step. */
function placeForClick(index: ReturnType<ReturnType<typeof useCanvasIndex>>, selected: string | null): Place {
  const at = selected ? index.places.get(selected) : undefined;
  if (at) return { container: at.parent, index: at.index + 1 };
  const last = index.steps.at(-1);
  return { container: stepContainerId(last?.id ?? null), index: last?.nodes.length ?? 0 };
}

function PaletteItem({ type }: { type: PaletteType }) {
  const { language } = useLanguage();
  const t = useText(T);
  const store = useDesignerStore();
  const ops = useOperations();
  const canvasIndex = useCanvasIndex();
  const announce = useAnnounce();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `palette:${type.id}`,
    data: { type },
    disabled: !type.available,
  });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`button palette-item${isDragging ? ' canvas-field--dragging' : ''}`}
        {...attributes}
        {...listeners}
        aria-describedby="palette-hint"
        aria-disabled={!type.available || undefined}
        onClick={() => {
          if (!type.available) return;
          const changes = fieldChanges(ops);
          const place = placeForClick(canvasIndex(), store.getState().selected);
          if (type.id === 'page-break') {
            // A break before the selected field, or after it when it is the first of its step.
            const at = place.index > 1 ? { ...place, index: place.index - 1 } : place;
            const before = pageBreakField(canvasIndex(), at);
            if (before) store.getState().perform(changes.addStep(before, NEW_STEP_TITLE));
            else store.setState({ refused: changes.addStep('', NEW_STEP_TITLE).label });
            return;
          }
          store.getState().perform(changes.add(type, place));
          announce(t.added(type.label[language]));
        }}
        data-testid={`builder.palette.${type.id}`}
      >
        {type.label[language]}
        {type.available ? null : <span className="hint"> ({t.soon})</span>}
      </button>
    </li>
  );
}

/** Every field type of the catalogue; each one is both a drag source and a plain button. */
export function Palette() {
  const t = useText(T);
  const { paletteTypes } = useOperations();
  return (
    <nav className="palette" aria-labelledby="palette-heading" data-testid="builder.palette">
      <h2 id="palette-heading">{t.heading}</h2>
      <p className="hint" id="palette-hint">
        {t.hint}
      </p>
      <ul>
        {paletteTypes.map((type) => (
          <PaletteItem key={type.id} type={type} />
        ))}
      </ul>
    </nav>
  );
}
