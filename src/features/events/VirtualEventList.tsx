import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { EventListProps } from './EventList';
import { EventListItem } from './EventListItem';

/** What a row measures before the probe row has been laid out. */
const ESTIMATED_ROW_PX = 68;

/**
 * The list for large datasets: only the rows in view are in the DOM, each with its position in
 * the set. Rows are one line of title and one of facts, so all are as tall as a hidden probe row:
 * rows need not be measured one by one, which would force a layout in every filter change.
 */
export default function VirtualEventList({ events, selectedId, onSelect, hrefFor }: EventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const rowHeight = useObservedHeight(probeRef, ESTIMATED_ROW_PX);
  // TanStack Virtual returns fresh functions each render by design; the React Compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  useEffect(() => {
    const index = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, events, virtualizer]);
  const sample = events[0];
  return (
    <div ref={scrollRef} className="relative h-[70vh] overflow-auto">
      {sample && (
        <div ref={probeRef} aria-hidden className="invisible absolute inset-x-0 top-0">
          <EventListItem event={sample} selected={false} href="" onSelect={onSelect} singleLine />
        </div>
      )}
      <ul aria-label="Events" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const event = events[row.index]!;
          return (
            // Keyed by position: after a filter change the rows in view keep their elements and
            // only their text changes, instead of some twenty rows being built anew.
            <li
              key={row.key}
              aria-setsize={events.length}
              aria-posinset={row.index + 1}
              className="absolute left-0 w-full"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              <EventListItem
                event={event}
                selected={event.id === selectedId}
                href={hrefFor(event.id)}
                onSelect={onSelect}
                singleLine
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The element's border-box height, kept up to date (fonts, zoom) by a ResizeObserver. */
function useObservedHeight(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [height, setHeight] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.borderBoxSize[0]?.blockSize;
      if (measured) setHeight(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
