import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useDesigner } from '../store/designer-context.tsx';
import type { CanvasNode } from './canvas-model.ts';
import { FieldActions } from './FieldActions.tsx';
import { FieldList } from './FieldList.tsx';
import { DROP_INTO } from './field-place.ts';
import { useOperations } from './operations-context.tsx';

const T = {
  lv: {
    untitled: '(bez nosaukuma)',
    drag: (name: string) => `Pārvietot lauku '${name}'`,
    select: (name: string, kind: string) => `${name}, ${kind}`,
    inside: (name: string) => `Lauki grupā '${name}'`,
  },
  en: {
    untitled: '(no label)',
    drag: (name: string) => `Move field '${name}'`,
    select: (name: string, kind: string) => `${name}, ${kind}`,
    inside: (name: string) => `Fields in '${name}'`,
  },
};

/**
 * A field on the canvas: a drag handle (mouse, touch and keyboard through dnd-kit), its label
 * and type as a button that selects it, the action buttons once selected, and the fields inside
 * a section or repeating group. Memoised on the node, which stays the same object while the
 * field is unchanged, so editing one of 500 fields re-renders one row.
 */
export const CanvasFieldRow = memo(function CanvasFieldRow(props: {
  node: CanvasNode;
  first: boolean;
  last: boolean;
}) {
  const { node } = props;
  const t = useText(T);
  const { language } = useLanguage();
  const ops = useOperations();
  const selected = useDesigner((s) => s.selected === node.id);
  const select = useDesigner((s) => s.select);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: node.id,
    });
  const name = node.title || t.untitled;
  const typeId = ops.typeOf(node.schema, node.ui);
  const kind = ops.paletteTypes.find((p) => p.id === typeId)?.label[language] ?? '';
  const style = { transform: CSS.Translate.toString(transform), transition };

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`canvas-field${selected ? ' canvas-field--selected' : ''}${isDragging ? ' canvas-field--dragging' : ''}`}
      data-testid={`builder.canvas.field.${node.key}`}
      data-field-id={node.id}
    >
      <div className="canvas-field__row">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="button button--small button--icon canvas-field__handle"
          {...attributes}
          {...listeners}
          aria-label={t.drag(name)}
          data-testid={`builder.canvas.handle.${node.key}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <button
          type="button"
          className="canvas-field__select"
          aria-pressed={selected}
          aria-label={t.select(name, kind)}
          onClick={() => select(node.id)}
          data-testid={`builder.canvas.select.${node.key}`}
        >
          <strong>{name}</strong> <span className="canvas-field__kind">{kind}</span>
        </button>
      </div>
      {selected ? <FieldActions node={node} first={props.first} last={props.last} /> : null}
      {node.container ? (
        <div className="canvas-field__children">
          <FieldList
            droppableId={`${DROP_INTO}${node.id}`}
            nodes={node.children}
            label={t.inside(name)}
            testId={`builder.canvas.inside.${node.key}`}
          />
        </div>
      ) : null}
    </li>
  );
});
