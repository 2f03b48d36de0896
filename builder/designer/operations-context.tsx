import { createContext, useContext } from 'react';
import type { OperationsPort } from './operations-port.ts';

export const OperationsContext = createContext<OperationsPort | null>(null);

/** The definition operations and field catalogue, as the port the canvas speaks. */
export function useOperations(): OperationsPort {
  const ops = useContext(OperationsContext);
  if (!ops) throw new Error('useOperations: no OperationsContext above this component');
  return ops;
}
