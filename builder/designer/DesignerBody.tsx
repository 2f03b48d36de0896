import { memo, useCallback, useMemo, useRef } from 'react';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { PreviewPane } from '../preview/PreviewPane.tsx';
import { useDesigner, useDesignerStore } from '../store/designer-context.tsx';
import { Canvas } from './Canvas.tsx';
import { CanvasIndexContext } from './canvas-context.tsx';
import { canvasSteps } from './canvas-model.ts';
import { DesignerDnd } from './dnd/DesignerDnd.tsx';
import { type CanvasIndex, indexCanvas } from './field-place.ts';
import { Palette } from './Palette.tsx';

/** The canvas, re-rendered per definition; only its changed rows re-render below it. */
function CanvasFromStore() {
  const definition = useDesigner((s) => s.definition);
  const steps = useMemo(() => canvasSteps(definition), [definition]);
  return <Canvas steps={steps} />;
}

function PreviewFromStore() {
  return <PreviewPane form={useDesigner((s) => s.definition.form)} />;
}

/**
 * Palette, canvas and properties inside one drag-and-drop context, with the preview beside them.
 * This frame does not subscribe to the definition itself: the drag-and-drop context re-renders
 * every sortable row when it re-renders, so only the parts that show the definition follow it.
 * The canvas index is read through a getter, so handlers always see the current one.
 */
export const DesignerBody = memo(function DesignerBody() {
  const store = useDesignerStore();
  const cache = useRef<{ definition: ServiceDefinition; index: CanvasIndex } | null>(null);
  const getIndex = useCallback(() => {
    const current = store.getState().definition;
    if (cache.current?.definition !== current) {
      cache.current = { definition: current, index: indexCanvas(canvasSteps(current)) };
    }
    return cache.current.index;
  }, [store]);

  return (
    <CanvasIndexContext.Provider value={getIndex}>
      <div className="designer-grid">
        <DesignerDnd>
          <div className="designer-grid__work">
            <Palette />
            <CanvasFromStore />
            <Inspector />
          </div>
        </DesignerDnd>
        <PreviewFromStore />
      </div>
    </CanvasIndexContext.Provider>
  );
});
