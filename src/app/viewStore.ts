/** Where the view state (a query string as in CONTRACT.md §3) lives. */
export interface ViewStore {
  getSearch(): string;
  subscribe(listener: () => void): () => void;
  navigate(search: string, mode: 'push' | 'replace'): void;
}

function normalise(search: string): string {
  return search === '' || search === '?' ? '' : search.startsWith('?') ? search : `?${search}`;
}

/** The page's own URL: history entries for navigation, `popstate` for Back and Forward. */
export function createUrlViewStore(win: Window): ViewStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  win.addEventListener('popstate', notify);
  return {
    getSearch: () => win.location.search,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(search, mode) {
      const next = normalise(search);
      if (next === win.location.search) return;
      const url = `${win.location.pathname}${next}${win.location.hash}`;
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
      notify();
    },
  };
}

/** For the embedded element: the view lives in memory and never touches the host page's URL or history. */
export function createMemoryViewStore(initialSearch: string): ViewStore {
  const listeners = new Set<() => void>();
  let current = normalise(initialSearch);
  return {
    getSearch: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(search) {
      const next = normalise(search);
      if (next === current) return;
      current = next;
      listeners.forEach((listener) => listener());
    },
  };
}
