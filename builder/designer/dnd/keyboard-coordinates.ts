import type {
  ClientRect,
  DroppableContainer,
  KeyboardCoordinateGetter,
  UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/** Droppable ids of lists (a step's top level, a group's inside), as opposed to fields. */
export const isList = (id: UniqueIdentifier) =>
  String(id).startsWith('step:') || String(id).startsWith('in:');

/** How far above its bottom edge a list is "its end": inside the append zone below its last field. */
const LIST_END_OFFSET = 12;

/**
 * The height at which a keyboard drag stops over a place: a field at its top (the drop goes before
 * it), a list at its end (the drop goes after its last field).
 */
export function keyboardStop(id: UniqueIdentifier, rect: ClientRect): number {
  return isList(id) ? rect.bottom - LIST_END_OFFSET : rect.top;
}

/** Every place a keyboard drag can stop, top to bottom, except the dragged field and its own inside. */
export function keyboardStops(
  containers: DroppableContainer[],
  rects: Map<UniqueIdentifier, ClientRect>,
  activeId: UniqueIdentifier | undefined,
): Array<{ id: UniqueIdentifier; y: number; x: number }> {
  const own = activeId === undefined ? '' : String(activeId);
  const stops = [];
  for (const container of containers) {
    const rect = rects.get(container.id);
    const id = String(container.id);
    if (
      !rect ||
      container.disabled ||
      id === own ||
      (own && (id.startsWith(`${own}/`) || id === `in:${own}` || id.startsWith(`in:${own}/`)))
    )
      continue;
    stops.push({ id: container.id, y: keyboardStop(container.id, rect), x: rect.left });
  }
  return stops.sort((a, b) => a.y - b.y || Number(isList(a.id)) - Number(isList(b.id)));
}

/**
 * Arrow keys during a keyboard drag (dnd-kit KeyboardSensor): Up and Down step through every
 * place on the canvas in reading order, fields and list ends alike, into and out of sections and
 * repeating groups; the dragged item's top edge goes to that place. Other keys keep dnd-kit's
 * sortable behaviour. Works the same for a field and for a new one from the palette.
 */
export const canvasKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { collisionRect, droppableRects, droppableContainers, active } = args.context;
  if (!collisionRect || (event.code !== 'ArrowUp' && event.code !== 'ArrowDown')) {
    return sortableKeyboardCoordinates(event, args);
  }
  event.preventDefault();
  const stops = keyboardStops(droppableContainers.getEnabled(), droppableRects, active?.id);
  const now = collisionRect.top;
  const next =
    event.code === 'ArrowDown' ? stops.find((s) => s.y > now + 1) : stops.findLast((s) => s.y < now - 1);
  return next ? { x: next.x, y: next.y } : undefined;
};
