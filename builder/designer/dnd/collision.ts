import { type Collision, type CollisionDetection, pointerWithin } from '@dnd-kit/core';
import { isList, keyboardStop } from './keyboard-coordinates.ts';

/**
 * With the mouse, the innermost place under the pointer wins (a field inside a section before
 * the section, the section's inner list before the step). A list holding one field is as big as
 * that field: on such a tie the field wins, so a drop goes before or after it.
 *
 * By keyboard there is no pointer: the arrow keys move the dragged item's top edge to a place's
 * stop (canvasKeyboardCoordinates), so the place whose stop is nearest wins. Fields differ in
 * height (the selected one shows its buttons), which misleads dnd-kit's corner distance.
 */
export const innermostCollision: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) {
    const collisions: Collision[] = [];
    for (const container of args.droppableContainers) {
      const rect = args.droppableRects.get(container.id);
      if (!rect) continue;
      const value = Math.abs(keyboardStop(container.id, rect) - args.collisionRect.top);
      collisions.push({ id: container.id, data: { droppableContainer: container, value } });
    }
    return collisions.sort(
      (a, b) => Number(a.data?.value) - Number(b.data?.value) || Number(isList(a.id)) - Number(isList(b.id)),
    );
  }
  const area = (id: string | number) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY;
  };
  return [...pointerWithin(args)].sort(
    (a, b) => area(a.id) - area(b.id) || Number(isList(a.id)) - Number(isList(b.id)),
  );
};
