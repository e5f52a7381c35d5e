import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The dataset is a static file: refetching on focus only costs bandwidth, and a failed load
      // is shown at once with a Retry button rather than after silent retries.
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
    },
  });
}
