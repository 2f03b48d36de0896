import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

const AnnounceContext = createContext<(text: string) => void>(() => {});

/**
 * One polite live region for what button moves, duplicates and deletes did ("Lauks 'Vārds'
 * pārvietots solī 'Par jums', 2. vieta no 6"); dnd-kit has its own for drags.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');
  // A repeated sentence must still be read: clear first, set in the next frame.
  const announce = useCallback((next: string) => {
    setText('');
    requestAnimationFrame(() => setText(next));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="builder.announcer">
        {text}
      </p>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
