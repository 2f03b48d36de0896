import type { Collision, CollisionDetection } from '@dnd-kit/core';
import { pointerWithin } from '@dnd-kit/core';

/** Droppable ids of lists (a step's top level, a group's inside), as opposed to fields. */
const isList = (id: string | number) => String(id).startsWith('step:') || String(id).startsWith('in:');

/**
 * With the mouse, the innermost place under the pointer wins (a field inside a section before
 * the section, the section's inner list before the step). A list holding one field is as big as
 * that field: on such a tie the field wins, so a drop goes before or after it.
 *
 * By keyboard there is no pointer: sortableKeyboardCoordinates moves the dragged field's top edge
 * to the top of the next place in the arrow's direction, so the place whose top is nearest wins.
 * Fields differ in height (the selected one shows its buttons), which misleads dnd-kit's
 * corner-based measure; tops do not. Lists take part only while empty, as the one way into them.
 */
export const innermostCollision: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) {
    const collisions: Collision[] = [];
    for (const container of args.droppableContainers) {
      const rect = args.droppableRects.get(container.id);
      if (!rect) continue;
      if (isList(container.id) && container.data.current?.empty !== true) continue;
      collisions.push({
        id: container.id,
        data: { droppableContainer: container, value: Math.abs(rect.top - args.collisionRect.top) },
      });
    }
    return collisions.sort(
      (a, b) => Number(a.data?.value) - Number(b.data?.value) || Number(isList(a.id)) - Number(isList(b.id)),
    );
  }
  const within = pointerWithin(args);
  const area = (id: string | number) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY;
  };
  return [...within].sort((a, b) => area(a.id) - area(b.id) || Number(isList(a.id)) - Number(isList(b.id)));
};
