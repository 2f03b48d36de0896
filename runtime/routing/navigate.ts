/** The event the runtime dispatches after it changes the URL itself; `popstate` covers Back/Forward. */
export const LOCATION_CHANGE_EVENT = 'runtime:locationchange';

export interface NavigateOptions {
  /** Replace the current history entry, e.g. so Back from the confirmation does not reopen the filled form. */
  replace?: boolean;
  /** Kept in `history.state`, survives a reload of the same entry. */
  state?: unknown;
}

/**
 * Moves to another page of the runtime with the History API, without a router library: the
 * runtime has a handful of routes and the server answers every `/services/*` path with the same
 * page, so a reload or a shared link lands on the right route too.
 */
export function navigate(path: string, options: NavigateOptions = {}): void {
  const state = options.state ?? null;
  if (options.replace) window.history.replaceState(state, '', path);
  else window.history.pushState(state, '', path);
  window.dispatchEvent(new Event(LOCATION_CHANGE_EVENT));
  window.scrollTo(0, 0);
}
