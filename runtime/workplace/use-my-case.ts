import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/SessionProvider.tsx';
import { ApiCallError } from './workplace-api.ts';

/**
 * Where one of the signed-in person's own cases (a request, a feedback) stands: the session is
 * not read yet or the case is loading, nobody is signed in, the case is not theirs (404: another
 * person's case answers as if it did not exist), it failed to load, or it is here.
 */
export type MyCase<Case> =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'not-found' }
  | { state: 'error' }
  | { state: 'ready'; item: Case };

/**
 * Loads one of the person's own cases once they are signed in; `reload` after they change it,
 * `replace` with the answer a change already returned. `fetchCase` should be memoised.
 */
export function useMyCase<Case>(fetchCase: () => Promise<Case>) {
  const { read } = useSession();
  const signedIn = read?.session.authenticated === true;
  const [item, setItem] = useState<Case | 'not-found' | 'error' | undefined>(undefined);

  const reload = useCallback(() => {
    fetchCase()
      .then(setItem)
      .catch((e) => setItem(e instanceof ApiCallError && e.status === 404 ? 'not-found' : 'error'));
  }, [fetchCase]);

  useEffect(() => {
    if (signedIn) reload();
  }, [signedIn, reload]);

  const current = ((): MyCase<Case> => {
    if (!read || (signedIn && item === undefined)) return { state: 'loading' };
    if (!signedIn) return { state: 'signed-out' };
    if (item === 'not-found') return { state: 'not-found' };
    if (item === 'error') return { state: 'error' };
    return { state: 'ready', item: item as Case };
  })();
  return { current, reload, replace: setItem as (item: Case) => void };
}
