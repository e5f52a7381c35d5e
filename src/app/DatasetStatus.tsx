import { DatasetLoadError } from '../lib/datasetQuery';

export function DatasetLoading() {
  return (
    <p role="status" className="panel p-6 text-slate-700">
      Loading events…
    </p>
  );
}

export function DatasetFailed({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry(): void;
  retrying: boolean;
}) {
  const details = error instanceof DatasetLoadError ? error.details : [];
  return (
    <div role="alert" className="panel grid gap-3 border-red-300 p-6">
      <h2 className="text-lg font-semibold text-red-800">The events could not be loaded</h2>
      <p>
        {error instanceof DatasetLoadError
          ? error.message
          : 'Something went wrong while reading the dataset.'}
      </p>
      {details.length > 0 && (
        <ul className="list-disc pl-5 font-mono text-sm text-slate-700">
          {details.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="btn-primary" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    </div>
  );
}
