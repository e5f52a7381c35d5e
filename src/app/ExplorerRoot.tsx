import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { formatView, type View } from '../features/filters';
import { datasetQuery } from '../lib/datasetQuery';
import { createQueryClient } from '../lib/queryClient';
import { Explorer } from './Explorer';
import { ViewProvider } from './viewState';
import type { ViewStore } from './viewStore';

export interface ExplorerRootProps {
  store: ViewStore;
  /** On the page: 'data/events.json' resolved against document.baseURI. */
  datasetUrl: string;
  /** 'element' = inside <csto-timeline>'s shadow root. */
  host: 'page' | 'element';
  /** For host 'element': the full explorer (index.html beside embed.js). */
  fullExplorerUrl?: string;
}

/** The whole explorer with its providers; each root has its own QueryClient. */
export function ExplorerRoot({ store, datasetUrl, host, fullExplorerUrl }: ExplorerRootProps) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // The download starts with the first render rather than after it commits: it is the long pole.
    void client.prefetchQuery(datasetQuery(datasetUrl));
    return client;
  });
  const viewContext = useMemo(() => {
    const base = host === 'element' ? (fullExplorerUrl ?? '') : null;
    const shareUrl = (view: View) => {
      const search = formatView(view);
      if (base !== null) return `${base.split('?')[0]}${search}`;
      // The page's address up to its query: cheaper than a URL object for every row's link.
      return `${window.location.href.split(/[?#]/, 1)[0]}${search}`;
    };
    return { store, shareUrl };
  }, [store, host, fullExplorerUrl]);
  return (
    <QueryClientProvider client={queryClient}>
      <ViewProvider value={viewContext}>
        <Explorer datasetUrl={datasetUrl} host={host} />
      </ViewProvider>
    </QueryClientProvider>
  );
}
