import { type CanvasStep, indexNodes, type NodePlace, stepContainerId } from './canvas-model.ts';

/** Where a field goes: a container (a step's top level, a section or a repeating group) and a position in it. */
export interface Place {
  container: string;
  /** Position in the container after the move (0-based). */
  index: number;
}

/** What the canvas knows about each container, for moves and announcements. */
export interface ContainerInfo {
  id: string;
  kind: 'step' | 'section' | 'group' | 'form';
  label: string;
  size: number;
  stepId: string | null;
}

export interface CanvasIndex {
  places: Map<string, NodePlace>;
  containers: Map<string, ContainerInfo>;
  steps: CanvasStep[];
}

/** Indexes the canvas once per change: where every field sits and what every container holds. */
export function indexCanvas(steps: CanvasStep[]): CanvasIndex {
  const places = indexNodes(steps);
  const containers = new Map<string, ContainerInfo>();
  for (const step of steps) {
    const id = stepContainerId(step.id);
    containers.set(id, {
      id,
      kind: step.id === null ? 'form' : 'step',
      label: step.title.lv,
      size: step.nodes.length,
      stepId: step.id,
    });
  }
  for (const [id, place] of places) {
    const node = place.node;
    if (!node.container) continue;
    containers.set(id, {
      id,
      kind: node.container === 'array' ? 'group' : 'section',
      label: node.title || node.key,
      size: node.children.length,
      stepId: place.stepId,
    });
  }
  return { places, containers, steps };
}

/**
 * Droppable id of the list inside a section or repeating group (`in:<field id>`): the field
 * itself is a sortable item with its own id, so its inner list needs another.
 */
export const DROP_INTO = 'in:';

/**
 * Where a drop lands. Over a field: its position in its container (dnd-kit's sortable order, so
 * within one container the field takes the place of the one it is over). Over a container: its
 * end. A container never goes into itself or its own descendants.
 */
export function resolveDrop(
  index: CanvasIndex,
  activeId: string | null,
  overId: string,
  /** The dragged item's middle is below the middle of the field it is over. */
  below = false,
): Place | undefined {
  const over = index.places.get(overId);
  const containerId = overId.startsWith(DROP_INTO) ? overId.slice(DROP_INTO.length) : overId;
  let place: Place | undefined;
  if (over) {
    // Within one list this is dnd-kit's arrayMove (the items make room as it moves); into another
    // list, or new from the palette, it goes before or after the field it is over.
    const sameList = activeId !== null && index.places.get(activeId)?.parent === over.parent;
    place = { container: over.parent, index: over.index + (!sameList && below ? 1 : 0) };
  } else if (index.containers.has(containerId)) {
    const container = index.containers.get(containerId)!;
    const already = activeId !== null && index.places.get(activeId)?.parent === containerId;
    place = { container: containerId, index: already ? container.size - 1 : container.size };
  }
  if (!place || activeId === null) return place;
  if (place.container === activeId || place.container.startsWith(`${activeId}/`)) return undefined;
  const current = index.places.get(activeId);
  if (current && current.parent === place.container && current.index === place.index) return undefined;
  return place;
}

/**
 * A field's id once it sits in `container`: ids are JSON Pointers, so moving into a section or a
 * repeating group changes them.
 * @example idAfterMove(index, 'phone', { container: '/properties/address', index: 0 }) // '/properties/address/properties/phone'
 */
export function idAfterMove(index: CanvasIndex, key: string, place: Place): string {
  const token = key.replaceAll('~', '~0').replaceAll('/', '~1');
  if (place.container.startsWith('step:')) return `/properties/${token}`;
  const kind = index.containers.get(place.container)?.kind;
  return `${place.container}${kind === 'group' ? '/items' : ''}/properties/${token}`;
}

/** The moves offered as plain buttons beside each field (keyboard users' other way to drag). */
export type ButtonMove = 'up' | 'down' | 'previous-step' | 'next-step' | 'into-above' | 'out';

/**
 * Where a button move takes a field, or undefined when it cannot go there (first in its list,
 * no step before, no section above, already at the top level).
 */
export function buttonMoveTarget(index: CanvasIndex, id: string, move: ButtonMove): Place | undefined {
  const place = index.places.get(id);
  if (!place) return undefined;
  const container = index.containers.get(place.parent);
  switch (move) {
    case 'up':
      return place.index > 0 ? { container: place.parent, index: place.index - 1 } : undefined;
    case 'down':
      return container && place.index < container.size - 1
        ? { container: place.parent, index: place.index + 1 }
        : undefined;
    case 'previous-step':
    case 'next-step': {
      if (!place.parent.startsWith('step:')) return undefined;
      const at = index.steps.findIndex((s) => s.id === place.stepId);
      const target = index.steps[move === 'previous-step' ? at - 1 : at + 1];
      if (!target || at < 0) return undefined;
      return {
        container: stepContainerId(target.id),
        index: move === 'previous-step' ? target.nodes.length : 0,
      };
    }
    case 'into-above': {
      const siblings = [...index.places.values()].filter(
        (p) => p.parent === place.parent && p.index === place.index - 1,
      );
      const above = siblings[0]?.node;
      if (!above?.container) return undefined;
      return { container: above.id, index: above.children.length };
    }
    case 'out': {
      const parent = index.places.get(place.parent);
      if (!parent) return undefined;
      return { container: parent.parent, index: parent.index + 1 };
    }
  }
}

/**
 * The top-level field a page break dropped at `place` makes the first of a new step, or undefined
 * when a break cannot go there (inside a section, or before the first field of a step).
 */
export function pageBreakField(index: CanvasIndex, place: Place): string | undefined {
  if (!place.container.startsWith('step:') || place.index === 0) return undefined;
  const step = index.steps.find((s) => `step:${s.id ?? ''}` === place.container);
  return step?.nodes[place.index]?.key;
}
