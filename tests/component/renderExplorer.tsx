import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { ExplorerRoot } from '../../src/app/ExplorerRoot';
import { createMemoryViewStore } from '../../src/app/viewStore';
import smallDataset from '../fixtures/app/small-dataset.json';

export { smallDataset };

/** Answers the dataset URL with each response in turn (the last one repeats). */
export function stubDatasetResponses(...responses: (() => Response)[]) {
  const fetch = vi.fn(async () => (responses.length > 1 ? responses.shift()! : responses[0]!)());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

export const jsonResponse = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200 });

export function renderExplorer(search = '', body: unknown = smallDataset) {
  stubDatasetResponses(jsonResponse(body));
  const store = createMemoryViewStore(search);
  const view = render(
    <ExplorerRoot
      store={store}
      datasetUrl="https://example.test/data/events.json"
      host="element"
      fullExplorerUrl="https://example.test/index.html"
    />,
  );
  return { ...view, store };
}
