import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo } from 'react';
import { useText } from '../i18n/LanguageProvider.tsx';
import { CanvasFieldRow } from './CanvasFieldRow.tsx';
import type { CanvasNode } from './canvas-model.ts';

const T = {
  lv: { empty: 'Velciet laukus šeit.' },
  en: { empty: 'Drag fields here.' },
};

/**
 * One list of fields (a step's top level, or the inside of a section or repeating group): a
 * sortable context for reordering and a droppable area, so an empty list still takes a drop.
 */
export const FieldList = memo(function FieldList(props: {
  droppableId: string;
  nodes: CanvasNode[];
  label: string;
  testId: string;
}) {
  const t = useText(T);
  const { setNodeRef, isOver } = useDroppable({
    id: props.droppableId,
    data: { empty: props.nodes.length === 0 },
  });
  // dnd-kit re-renders every sortable row when its items array changes identity: keep it while the ids are the same.
  const idsKey = props.nodes.map((n) => n.id).join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids, by value.
  const ids = useMemo(() => props.nodes.map((n) => n.id), [idsKey]);
  return (
    <SortableContext id={props.droppableId} items={ids} strategy={verticalListSortingStrategy}>
      <ul
        ref={setNodeRef}
        className={`canvas-list${isOver ? ' canvas-list--over' : ''}`}
        aria-label={props.label}
        data-testid={props.testId}
      >
        {props.nodes.length === 0 ? <li className="canvas-empty">{t.empty}</li> : null}
        {props.nodes.map((node, i) => (
          <CanvasFieldRow key={node.id} node={node} first={i === 0} last={i === props.nodes.length - 1} />
        ))}
      </ul>
    </SortableContext>
  );
});
