import { useSyncExternalStore } from 'react';
import { LOCATION_CHANGE_EVENT } from './navigate.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE_EVENT, onChange);
  };
}

/** Path and query joined, so one string snapshot changes whenever either does. */
function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/**
 * The current path and query, re-rendering on Back/Forward and on `navigate()`. The hash is left
 * out on purpose: the error summary links to fields by `#id` and must not change the page.
 */
export function useLocation(): { pathname: string; search: string } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const queryStart = current.indexOf('?');
  return queryStart < 0
    ? { pathname: current, search: '' }
    : { pathname: current.slice(0, queryStart), search: current.slice(queryStart) };
}
