import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../schema/dataset';
import { EventListItem } from './EventListItem';
import { VirtualEventList } from './VirtualEventList';

export interface EventListProps {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect(id: string): void;
  hrefFor(id: string): string;
}

/**
 * Above this many events only the rows in view are rendered; below it every event stays in the
 * DOM, so find-in-page and screen readers see the whole list (Search finds text in a longer one).
 * Each full row is built, styled and laid out anew on a filter change, about 1 ms apiece in
 * Chromium: ~100 of them made a change at 1,000 events take ~100 ms.
 */
const VIRTUALISE_ABOVE = 40;

export function EventList(props: EventListProps) {
  if (props.events.length <= VIRTUALISE_ABOVE) return <FullEventList {...props} />;
  return <VirtualEventList {...props} />;
}

function FullEventList({ events, selectedId, onSelect, hrefFor }: EventListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    listRef.current?.querySelector(`[data-event-id="${selectedId}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);
  return (
    <ul ref={listRef} aria-label="Events" className="list-scroll">
      {events.map((event) => (
        <li key={event.id}>
          <EventListItem
            event={event}
            selected={event.id === selectedId}
            href={hrefFor(event.id)}
            onSelect={onSelect}
          />
        </li>
      ))}
    </ul>
  );
}
