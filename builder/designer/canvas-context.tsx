import { createContext, useContext } from 'react';
import type { CanvasIndex } from './field-place.ts';

/**
 * The canvas index of the current definition: where every field sits. Read through a ref-like
 * getter so memoised rows need not re-render when another part of the form changes.
 */
export const CanvasIndexContext = createContext<() => CanvasIndex>(() => {
  throw new Error('CanvasIndexContext: no canvas above this component');
});

export const useCanvasIndex = () => useContext(CanvasIndexContext);
