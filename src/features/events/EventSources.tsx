import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TimelineEvent } from '../../schema/dataset';
import { passageInContext, sourceTextQuery, type SourceDocument } from './sourceDocument';

export interface EventSourcesProps {
  event: TimelineEvent;
  sourceDocument(file: string): SourceDocument | undefined;
}

type Source = TimelineEvent['sources'][number];

/** Each document the event was read from, where in it, and the passage there as the evidence. */
export function EventSources({ event, sourceDocument }: EventSourcesProps) {
  return (
    <ol className="grid gap-3">
      {event.sources.map((source) => (
        <SourceItem
          key={`${source.file}:${source.start}`}
          source={source}
          document={sourceDocument(source.file)}
          passageAsRead={event.text}
        />
      ))}
    </ol>
  );
}

function SourceItem({
  source,
  document,
  passageAsRead,
}: {
  source: Source;
  document: SourceDocument | undefined;
  passageAsRead: string;
}) {
  // The document is fetched when the reader first opens the passage, not with the details.
  const [opened, setOpened] = useState(false);
  return (
    <li className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <p className="font-mono text-sm break-all text-slate-900">{source.file}</p>
      <p className="text-sm text-slate-700">
        Characters {source.start.toLocaleString('en-GB')}–{source.end.toLocaleString('en-GB')}
        {document && ` of ${document.chars.toLocaleString('en-GB')}`}
      </p>
      <details className="mt-1 text-sm" onToggle={(toggle) => toggle.currentTarget.open && setOpened(true)}>
        <summary className="cursor-pointer text-blue-800 underline-offset-2 hover:underline">
          Show the passage
        </summary>
        {opened &&
          (document ? (
            <PassageInDocument source={source} document={document} passageAsRead={passageAsRead} />
          ) : (
            <PassageAsRead text={passageAsRead} />
          ))}
      </details>
    </li>
  );
}

const quoteClass = 'mt-2 border-l-4 border-amber-400 pl-3 whitespace-pre-line';
const markClass = 'bg-amber-100 text-slate-900';

function PassageInDocument({
  source,
  document,
  passageAsRead,
}: {
  source: Source;
  document: SourceDocument;
  passageAsRead: string;
}) {
  const text = useQuery(sourceTextQuery(document));
  if (text.isPending) return <p className="mt-2 text-slate-600">Loading the document…</p>;
  if (text.isError) return <PassageAsRead text={passageAsRead} />;
  const shown = passageInContext(text.data, source.start, source.end);
  return (
    <>
      <blockquote className={`${quoteClass} text-slate-600`}>
        {shown.moreBefore && '… '}
        {shown.before}
        <mark className={markClass}>{shown.passage}</mark>
        {shown.after}
        {shown.moreAfter && ' …'}
      </blockquote>
      <a href={document.url} target="_blank" rel="noopener" className="link mt-2 inline-block">
        Open the whole document
      </a>
    </>
  );
}

/** The passage as the builder cleaned it, when the document itself is not published beside the dataset. */
function PassageAsRead({ text }: { text: string }) {
  return (
    <>
      <blockquote className={quoteClass}>
        <mark className={markClass}>{text}</mark>
      </blockquote>
      <p className="mt-1 text-xs text-slate-600">
        The document is not published beside this dataset: this is the passage as the builder read it.
      </p>
    </>
  );
}
