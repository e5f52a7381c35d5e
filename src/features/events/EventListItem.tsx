import type { TimelineEvent } from '../../schema/dataset';
import { EVENT_TYPE_STYLES } from '../../lib/eventTypes';
import { formatDateRecord } from '../../lib/formatDate';
import { selectOnPlainClick } from './plainClick';

export interface EventListItemProps {
  event: TimelineEvent;
  selected: boolean;
  href: string;
  onSelect(id: string): void;
  /** One line of title (cut with an ellipsis, the whole title as a tooltip) and one of facts. */
  singleLine?: boolean;
}

export function EventListItem({ event, selected, href, onSelect, singleLine = false }: EventListItemProps) {
  const style = EVENT_TYPE_STYLES[event.type];
  const line = singleLine ? 'truncate' : '';
  return (
    <a
      href={href}
      onClick={selectOnPlainClick(onSelect, event.id)}
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
      className={`group flex gap-3 border-b border-slate-200 px-3 py-2.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 ${
        selected ? 'bg-blue-50' : ''
      }`}
    >
      <span
        aria-hidden
        className="mt-1.5 size-2.5 shrink-0 rounded-full"
        style={{ backgroundColor: style.colour }}
      />
      <span className="min-w-0">
        <span
          className={`block font-medium text-slate-900 group-hover:underline ${line}`}
          title={singleLine ? event.title : undefined}
        >
          {event.title}
        </span>
        <span className={`block text-sm text-slate-600 ${line}`}>
          <time dateTime={event.date.start ?? undefined}>{formatDateRecord(event.date)}</time>
          {event.date.certainty === 'inferred' && ' (inferred)'} · {style.label}
          {event.status === 'planned' && ' · planned'}
        </span>
      </span>
    </a>
  );
}
