import { useEffect, useState } from 'react';

export type ApiLoad<T> =
  | { kind: 'loading' }
  | { kind: 'ok'; value: T }
  | { kind: 'not-found' }
  | { kind: 'failed' };

/**
 * GETs one public API address and follows it when it changes; an older answer never overwrites
 * a newer one (the request is aborted). `reload` tries again after a failure.
 */
export function useApiJson<T>(path: string): { load: ApiLoad<T>; reload: () => void } {
  const [load, setLoad] = useState<ApiLoad<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ kind: 'loading' });
    fetch(path, { headers: { Accept: 'application/json' }, signal: controller.signal })
      .then(async (response) => {
        if (response.status === 404) return setLoad({ kind: 'not-found' });
        if (!response.ok) return setLoad({ kind: 'failed' });
        setLoad({ kind: 'ok', value: (await response.json()) as T });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ kind: 'failed' });
      });
    return () => controller.abort();
  }, [path, attempt]);
  return { load, reload: () => setAttempt((n) => n + 1) };
}
