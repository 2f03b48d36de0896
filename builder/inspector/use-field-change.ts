import { useCallback } from 'react';
import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';
import { useDesignerStore } from '../store/designer-context.tsx';

/**
 * Performs one properties-panel edit as an undoable change. `coalesce` groups a burst of typing
 * in one input into one undo step.
 */
export function useFieldChange() {
  const store = useDesignerStore();
  return useCallback(
    (label: LocalizedText, run: (d: ServiceDefinition) => ServiceDefinition, coalesce?: string) =>
      store.getState().perform({ label, run, coalesce }),
    [store],
  );
}
