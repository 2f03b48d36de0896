import { createContext, useContext } from 'react';
import type { ServicesApi } from '../api/services-api.ts';
import type { Session } from '../api/session.ts';

/** What every screen needs: the register's API and who is signed in (composition root: App). */
export interface BuilderContextValue {
  services: ServicesApi;
  session: Session;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder: no BuilderContext above this component');
  return value;
}
