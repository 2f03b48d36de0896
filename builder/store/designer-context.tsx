import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { DesignerState } from './designer-store.ts';

/** The one designer store of the open service (zustand stays in builder/store). */
export const DesignerStoreContext = createContext<StoreApi<DesignerState> | null>(null);

export function useDesignerStore(): StoreApi<DesignerState> {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesignerStore: no DesignerStoreContext above this component');
  return store;
}

/**
 * A slice of the designer state; components re-render only when their slice changes, which is
 * what keeps a 500-field canvas within its repaint budget.
 * @example const definition = useDesigner((s) => s.definition);
 */
export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(useDesignerStore(), selector);
}
