import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { extendSession, fetchSession, type SessionRead } from './session-api.ts';

export interface SessionState {
  /** Undefined while the first answer is awaited. */
  read: SessionRead | undefined;
  /** Reads the session again (passive: does not keep it alive). */
  refresh: () => Promise<SessionRead>;
  /** "Stay signed in"; false when the server refused (the session is then read again). */
  extend: () => Promise<boolean>;
}

const SIGNED_OUT: SessionRead = { session: { authenticated: false }, skewMs: 0 };
const SessionContext = createContext<SessionState | null>(null);

/**
 * Who is signed in on this portal, read once from `GET /api/session` for the whole page: the
 * header's sign-in control, the sign-in gate of a form, the CSRF token every POST carries and
 * the time-out warning all use this one answer. A failed read counts as signed out.
 */
export function SessionProvider({
  children,
  first,
}: {
  children: ReactNode;
  /** The first read, when already asked for before React started (runtime/main.tsx). */
  first?: Promise<SessionRead>;
}) {
  const [read, setRead] = useState<SessionRead | undefined>(undefined);
  const [firstRead] = useState(() => first);

  const refresh = useCallback(async () => {
    const next = await fetchSession().catch(() => SIGNED_OUT);
    setRead(next);
    return next;
  }, []);

  useEffect(() => {
    if (!firstRead) {
      void refresh();
      return;
    }
    let current = true;
    firstRead.then(
      (next) => current && setRead(next),
      () => current && setRead(SIGNED_OUT),
    );
    return () => {
      current = false;
    };
  }, [firstRead, refresh]);

  const extend = useCallback(async () => {
    const current = read?.session;
    if (!current?.authenticated) return false;
    try {
      setRead(await extendSession(current.csrfToken));
      return true;
    } catch {
      await refresh();
      return false;
    }
  }, [read, refresh]);

  const value = useMemo(() => ({ read, refresh, extend }), [read, refresh, extend]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession: wrap the app in <SessionProvider>');
  return state;
}
