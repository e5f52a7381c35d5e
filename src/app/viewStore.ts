/** Where the view state (a query string as in CONTRACT.md §3) lives. */
export interface ViewStore {
  getSearch(): string;
  subscribe(listener: () => void): () => void;
  navigate(search: string, mode: 'push' | 'replace'): void;
}

function normalise(search: string): string {
  return search === '' || search === '?' ? '' : search.startsWith('?') ? search : `?${search}`;
}

/** How long a filter edit may wait for an idle moment before the address bar shows it. */
const URL_WRITE_DEADLINE_MS = 500;

/**
 * The page's own URL: history entries for navigation, `popstate` for Back and Forward.
 *
 * A filter edit (mode 'replace') takes effect at once but reaches the address bar when the page
 * is next idle: replaceState costs ~5 ms in Chromium, which would otherwise delay the frame
 * that shows the edit, and a burst of edits (typing) becomes one write, clear of the browser's
 * limit on history calls. A push, leaving the page and getSearch never see a stale URL.
 */
export function createUrlViewStore(win: Window): ViewStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let current = win.location.search;
  let cancelWrite: (() => void) | null = null;
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;

  const writePending = () => {
    cancelWrite?.();
    cancelWrite = null;
    if (current !== win.location.search) win.history.replaceState(null, '', urlFor(current));
  };
  const writeWhenIdle = () => {
    if (cancelWrite) return;
    if (typeof win.requestIdleCallback === 'function') {
      const handle = win.requestIdleCallback(writePending, { timeout: URL_WRITE_DEADLINE_MS });
      cancelWrite = () => win.cancelIdleCallback(handle);
    } else {
      const handle = win.setTimeout(writePending, URL_WRITE_DEADLINE_MS / 2);
      cancelWrite = () => win.clearTimeout(handle);
    }
  };

  win.addEventListener('popstate', () => {
    // The pending edit belonged to the entry just left.
    cancelWrite?.();
    cancelWrite = null;
    current = win.location.search;
    notify();
  });
  win.addEventListener('pagehide', writePending);
  return {
    getSearch: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(search, mode) {
      const next = normalise(search);
      if (next === current) return;
      if (mode === 'push') {
        writePending();
        win.history.pushState(null, '', urlFor(next));
        current = next;
      } else {
        current = next;
        writeWhenIdle();
      }
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
