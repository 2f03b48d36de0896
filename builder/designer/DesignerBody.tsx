import { useCallback, useMemo, useRef } from 'react';
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

/**
 * Palette, canvas and properties inside one drag-and-drop context, with the preview beside them.
 * The canvas index is computed once per definition and read through a getter, so rows and drag
 * handlers always see the current one without re-rendering for it.
 */
export function DesignerBody() {
  const store = useDesignerStore();
  const definition = useDesigner((s) => s.definition);
  const steps = useMemo(() => canvasSteps(definition), [definition]);
  const cache = useRef<{ definition: ServiceDefinition; index: CanvasIndex } | null>(null);
  const getIndex = useCallback(() => {
    const current = store.getState().definition;
    if (cache.current?.definition !== current) {
      cache.current = {
        definition: current,
        index: indexCanvas(current === definition ? steps : canvasSteps(current)),
      };
    }
    return cache.current.index;
  }, [store, definition, steps]);

  return (
    <CanvasIndexContext.Provider value={getIndex}>
      <div className="designer-grid">
        <DesignerDnd>
          <div className="designer-grid__work">
            <Palette />
            <Canvas steps={steps} />
            <Inspector />
          </div>
        </DesignerDnd>
        <PreviewPane form={definition.form} />
      </div>
    </CanvasIndexContext.Provider>
  );
}
