import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { formatView, parseView, type View } from '../features/filters';
import type { ViewStore } from './viewStore';

interface ViewContextValue {
  store: ViewStore;
  /** Turns a view into an absolute link to the full explorer (for sharing and "Open in full explorer"). */
  shareUrl(view: View): string;
}

const ViewContext = createContext<ViewContextValue | null>(null);

export function ViewProvider({ value, children }: { value: ViewContextValue; children: ReactNode }) {
  return <ViewContext value={value}>{children}</ViewContext>;
}

function useViewContext(): ViewContextValue {
  const context = useContext(ViewContext);
  if (!context) throw new Error('useView needs a ViewProvider above it');
  return context;
}

/** The current view, read from the store (the URL on the page). */
export function useView(): View {
  const { store } = useViewContext();
  const search = useSyncExternalStore(store.subscribe, store.getSearch, store.getSearch);
  return useMemo(() => parseView(search), [search]);
}

export interface ViewActions {
  /** Filter edits replace the history entry: Back should not replay every keystroke. */
  updateFilters(change: Partial<View>): void;
  /** Selecting or closing an event pushes an entry, so Back closes the details again. */
  selectEvent(id: string | null): void;
  shareUrl(view: View): string;
}

export function useViewActions(): ViewActions {
  const { store, shareUrl } = useViewContext();
  const current = useCallback(() => parseView(store.getSearch()), [store]);
  return useMemo(
    () => ({
      updateFilters: (change) => store.navigate(formatView({ ...current(), ...change }), 'replace'),
      selectEvent: (id) => store.navigate(formatView({ ...current(), event: id }), 'push'),
      shareUrl,
    }),
    [store, current, shareUrl],
  );
}
