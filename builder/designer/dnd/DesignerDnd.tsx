import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { type ReactNode, useState } from 'react';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useDesignerStore } from '../../store/designer-context.tsx';
import { useCanvasIndex } from '../canvas-context.tsx';
import { fieldChanges } from '../field-changes.ts';
import { type CanvasIndex, idAfterMove, type Place, resolveDrop } from '../field-place.ts';
import { useOperations } from '../operations-context.tsx';
import type { PaletteType } from '../operations-port.ts';
import { innermostCollision } from './collision.ts';
import { type Moving, moveSentences, type Place as SpokenPlace } from './describe-move.ts';

function spoken(index: CanvasIndex, place: Place | undefined, isNew: boolean): SpokenPlace | undefined {
  if (!place) return undefined;
  const container = index.containers.get(place.container);
  if (!container) return undefined;
  return {
    container: { kind: container.kind, label: container.label },
    index: place.index,
    total: container.size + (isNew ? 1 : 0) || 1,
  };
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
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const moving = (id: string | number, data: unknown): Moving => {
    const type = (data as { type?: PaletteType } | undefined)?.type;
    if (type) return { label: type.label[language], isNew: true };
    const node = canvasIndex().places.get(String(id))?.node;
    return { label: node?.title || node?.key || '', isNew: false };
  };
  const target = (activeId: string | number, data: unknown, overId: string | number | undefined) => {
    if (overId === undefined) return undefined;
    const isNew = Boolean((data as { type?: PaletteType } | undefined)?.type);
    const index = canvasIndex();
    return spoken(index, resolveDrop(index, isNew ? null : String(activeId), String(overId)), isNew);
  };

  const sentences = moveSentences(language);
  const announcements: Announcements = {
    onDragStart: ({ active }) => sentences.start(moving(active.id, active.data.current)),
    onDragOver: ({ active, over }) =>
      sentences.over(
        moving(active.id, active.data.current),
        target(active.id, active.data.current, over?.id),
      ),
    onDragEnd: ({ active, over }) =>
      sentences.end(moving(active.id, active.data.current), target(active.id, active.data.current, over?.id)),
    onDragCancel: ({ active }) => sentences.cancel(moving(active.id, active.data.current)),
  };

  function onDragEnd(event: DragEndEvent) {
    setOverlay(null);
    const { active, over } = event;
    if (!over) return;
    const type = (active.data.current as { type?: PaletteType } | undefined)?.type;
    const index = canvasIndex();
    const changes = fieldChanges(ops);
    if (type) {
      const place = resolveDrop(index, null, String(over.id));
      if (place) store.getState().perform(changes.add(type, place));
      return;
    }
    const id = String(active.id);
    const node = index.places.get(id)?.node;
    const place = resolveDrop(index, id, String(over.id));
    if (!node || !place) return;
    store
      .getState()
      .perform(changes.move(id, node.title || node.key, place, idAfterMove(index, node.key, place)));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={innermostCollision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: sentences.instructions } }}
      onDragStart={({ active }) => {
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
