import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../lib/datasetQuery';
import { DatasetFailed, DatasetLoading } from './DatasetStatus';
import { ExplorerLayout } from './ExplorerLayout';
import { ExplorerWorkspace } from './ExplorerWorkspace';
import { useView, useViewActions } from './viewState';

export function Explorer({ datasetUrl, host }: { datasetUrl: string; host: 'page' | 'element' }) {
  const view = useView();
  const { shareUrl } = useViewActions();
  const dataset = useQuery(datasetQuery(datasetUrl));
  return (
    <ExplorerLayout
      chromeless={host === 'element' || view.embed}
      reportsHeight={host === 'page' && view.embed}
      fullExplorerUrl={shareUrl({ ...view, embed: false })}
    >
      {dataset.isPending ? (
        <DatasetLoading />
      ) : dataset.isError ? (
        <DatasetFailed
          error={dataset.error}
          onRetry={() => dataset.refetch()}
          retrying={dataset.isFetching}
        />
      ) : (
        <ExplorerWorkspace dataset={dataset.data} datasetUrl={datasetUrl} view={view} />
      )}
    </ExplorerLayout>
  );
}
