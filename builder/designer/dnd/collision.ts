import { type CollisionDetection, closestCorners, pointerWithin } from '@dnd-kit/core';

/**
 * With the mouse, the innermost place under the pointer wins (a field inside a section before
 * the section, the section's inner list before the step); by keyboard, where there is no pointer,
 * the nearest place in the arrow's direction (dnd-kit's recommendation for sortable lists).
 */
export const innermostCollision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length === 0) return closestCorners(args);
  const area = (id: string | number) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY;
  };
  // A list holding one field is as big as that field: then the field wins, lists come last.
  const isList = (id: string | number) => String(id).startsWith('step:') || String(id).startsWith('in:');
  return [...within].sort((a, b) => area(a.id) - area(b.id) || Number(isList(a.id)) - Number(isList(b.id)));
};
