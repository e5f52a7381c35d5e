import type { TimelineEvent } from '../../schema/dataset';

export interface EventSourcesProps {
  event: TimelineEvent;
  documentLength(file: string): number | undefined;
}

/** Each document the event was read from, where in it, and the passage itself as the evidence. */
export function EventSources({ event, documentLength }: EventSourcesProps) {
  return (
    <ol className="grid gap-3">
      {event.sources.map((source) => {
        const length = documentLength(source.file);
        return (
          <li
            key={`${source.file}:${source.start}`}
            className="rounded-md border border-slate-200 bg-slate-50 p-3"
          >
            <p className="font-mono text-sm break-all text-slate-900">{source.file}</p>
            <p className="text-sm text-slate-700">
              Characters {source.start.toLocaleString('en-GB')}–{source.end.toLocaleString('en-GB')}
              {length !== undefined && ` of ${length.toLocaleString('en-GB')}`}
            </p>
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-blue-800 underline-offset-2 hover:underline">
                Show the passage
              </summary>
              <blockquote className="mt-2 border-l-4 border-amber-400 pl-3 whitespace-pre-line">
                <mark className="bg-amber-100 text-slate-900">{event.text}</mark>
              </blockquote>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
