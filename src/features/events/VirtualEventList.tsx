import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { EventListProps } from './EventList';
import { EventListItem } from './EventListItem';

/** The list for large datasets: only the rows in view are in the DOM, each with its position in the set. */
export default function VirtualEventList({ events, selectedId, onSelect, hrefFor }: EventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render by design; the React Compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 68,
    overscan: 8,
    getItemKey: (index) => events[index]?.id ?? index,
  });
  useEffect(() => {
    const index = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, events, virtualizer]);
  return (
    <div ref={scrollRef} className="h-[70vh] overflow-auto">
      <ul aria-label="Events" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const event = events[row.index]!;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={events.length}
              aria-posinset={row.index + 1}
              className="absolute left-0 w-full"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <EventListItem
                event={event}
                selected={event.id === selectedId}
                href={hrefFor(event.id)}
                onSelect={onSelect}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
