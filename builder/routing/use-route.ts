import { useEffect, useState } from 'react';
import { type BuilderRoute, parseBuilderRoute } from './builder-route.ts';

const CHANGE_EVENT = 'builder:locationchange';

/** Moves between the builder's screens with the History API (a handful of routes needs no router library). */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** The current screen; follows `navigate` and Back/Forward. */
export function useRoute(): BuilderRoute {
  const [route, setRoute] = useState(() => parseBuilderRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseBuilderRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE_EVENT, update);
    };
  }, []);
  return route;
}
