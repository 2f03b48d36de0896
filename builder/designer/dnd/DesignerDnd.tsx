import {
  type Active,
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  type Over,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type ReactNode, useRef, useState } from 'react';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useDesignerStore } from '../../store/designer-context.tsx';
import { useCanvasIndex } from '../canvas-context.tsx';
import { fieldChanges, NEW_STEP_TITLE } from '../field-changes.ts';
import { type CanvasIndex, idAfterMove, type Place, pageBreakField, resolveDrop } from '../field-place.ts';
import { useOperations } from '../operations-context.tsx';
import type { PaletteType } from '../operations-port.ts';
import { innermostCollision } from './collision.ts';
import { type Moving, moveSentences, type Place as SpokenPlace } from './describe-move.ts';
import { canvasKeyboardCoordinates } from './keyboard-coordinates.ts';

/** A place in words; `moving` is the dragged field's id (null for a new one from the palette). */
function spoken(
  index: CanvasIndex,
  place: Place | undefined,
  moving: string | null,
): SpokenPlace | undefined {
  if (!place) return undefined;
  const container = index.containers.get(place.container);
  if (!container) return undefined;
  // A field coming from elsewhere (or new) makes the list one longer.
  const joins = moving === null || index.places.get(moving)?.parent !== place.container;
  return {
    container: { kind: container.kind, label: container.label },
    index: place.index,
    total: container.size + (joins ? 1 : 0) || 1,
  };
}

/** Whether the dragged item's middle is below the middle of what it is over (then it goes after it). */
function isBelow(event: { active: Active; over: Over | null }): boolean {
  const moving = event.active.rect.current.translated;
  const over = event.over?.rect;
  if (!moving || !over) return false;
  return moving.top + moving.height / 2 > over.top + over.height / 2;
}

/**
 * The drag-and-drop context of the designer (dnd-kit): mouse and touch drag after a few pixels,
 * keyboard drag with Space and the arrow keys, and announcements in the chosen language of what
 * is picked up, where it would go and where it went. Enter is left to the buttons themselves (a
 * palette item then adds its field), so only Space starts a keyboard drag.
 */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  const store = useDesignerStore();
  const ops = useOperations();
  const canvasIndex = useCanvasIndex();
  const [overlay, setOverlay] = useState<string | null>(null);
  const endSentence = useRef('');
  const byKeyboard = useRef(false);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: canvasKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const moving = (id: string | number, data: unknown): Moving => {
    const type = (data as { type?: PaletteType } | undefined)?.type;
    if (type) return { label: type.label[language], isNew: true };
    const node = canvasIndex().places.get(String(id))?.node;
    return { label: node?.title || node?.key || '', isNew: false };
  };
  const target = (event: { active: Active; over: Over | null }) => {
    const { active, over } = event;
    if (!over) return undefined;
    const isNew = Boolean((active.data.current as { type?: PaletteType } | undefined)?.type);
    const index = canvasIndex();
    // Over its own place (as a keyboard drag starts): say where it is, not "nowhere".
    const own = over.id === active.id ? index.places.get(String(active.id)) : undefined;
    if (own) return spoken(index, { container: own.parent, index: own.index }, String(active.id));
    return spoken(
      index,
      resolveDrop(
        index,
        isNew ? null : String(active.id),
        String(over.id),
        !byKeyboard.current && isBelow(event),
      ),
      isNew ? null : String(active.id),
    );
  };

  const sentences = moveSentences(language);
  const announcements: Announcements = {
    onDragStart: ({ active }) => sentences.start(moving(active.id, active.data.current)),
    onDragOver: (event) => sentences.over(moving(event.active.id, event.active.data.current), target(event)),
    // Said after onDragEnd has already changed the form, so it is worded there, before the change.
    onDragEnd: () => endSentence.current,
    onDragCancel: ({ active }) => sentences.cancel(moving(active.id, active.data.current)),
  };

  function onDragEnd(event: DragEndEvent) {
    setOverlay(null);
    const { active, over } = event;
    endSentence.current = sentences.end(moving(active.id, active.data.current), target(event));
    if (!over) return;
    const type = (active.data.current as { type?: PaletteType } | undefined)?.type;
    const index = canvasIndex();
    const changes = fieldChanges(ops);
    if (type) {
      const place = resolveDrop(index, null, String(over.id), !byKeyboard.current && isBelow(event));
      if (!place) return;
      if (type.id === 'page-break') {
        const before = pageBreakField(index, place);
        if (before) store.getState().perform(changes.addStep(before, NEW_STEP_TITLE));
        else store.setState({ refused: changes.addStep('', NEW_STEP_TITLE).label });
        return;
      }
      store.getState().perform(changes.add(type, place));
      return;
    }
    const id = String(active.id);
    const node = index.places.get(id)?.node;
    const place = resolveDrop(index, id, String(over.id), !byKeyboard.current && isBelow(event));
    if (!node || !place) return;
    store
      .getState()
      .perform(changes.move(id, node.title || node.key, place, idAfterMove(index, node.key, place)));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={innermostCollision}
      // Scroll only right at the window's edges, so a drag that starts low in the palette does not scroll the canvas away.
      autoScroll={{ threshold: { x: 0, y: 0.06 } }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: sentences.instructions } }}
      onDragStart={({ active, activatorEvent }) => {
        // By keyboard the item stops at a place's top, so it always goes before that field.
        byKeyboard.current = activatorEvent instanceof KeyboardEvent;
        const type = (active.data.current as { type?: PaletteType } | undefined)?.type;
        setOverlay(type ? type.label[language] : null);
      }}
      onDragCancel={() => setOverlay(null)}
      onDragEnd={onDragEnd}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {overlay ? <div className="button drag-overlay">{overlay}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
