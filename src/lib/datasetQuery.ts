import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../schema/dataset';

/** A dataset that could not be loaded, with lines a reader can act on. */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

async function fetchDataset(url: string, signal: AbortSignal): Promise<Dataset> {
  // The validator (zod) loads while the file downloads, and stays out of the first-render bundle.
  const schema = import('../schema/dataset');
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DatasetLoadError('The dataset could not be reached. Check the connection and try again.');
  }
  if (!response.ok) throw new DatasetLoadError(`The dataset could not be loaded (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetLoadError('The dataset is not valid JSON.');
  }
  const parsed = (await schema).parseDataset(json, 5);
  if (!parsed.ok)
    throw new DatasetLoadError('The dataset does not have the expected shape.', parsed.problems);
  return parsed.dataset;
}

export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
  });
}
