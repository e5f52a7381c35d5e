import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { EventListProps } from './EventList';
import { EventListItem } from './EventListItem';

/** What a row measures before the probe row has been laid out. */
const ESTIMATED_ROW_PX = 68;
/**
 * Rows drawn beyond each edge of the view, so a quick scroll does not show blank space. Few:
 * every row drawn is rebuilt, laid out and painted again on each filter change.
 */
const OVERSCAN = 3;

/**
 * The list for large datasets: only the rows in view are in the DOM, each with its position in
 * the set. Rows are one line of title and one of facts, so all are as tall as a hidden probe row,
 * and which rows are in view is plain arithmetic: no row is measured, and nothing is allocated
 * per event when a filter changes the list.
 */
export function VirtualEventList({ events, selectedId, onSelect, hrefFor }: EventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const rowHeight = useObservedHeight(probeRef, ESTIMATED_ROW_PX);
  // Any event measures a row (all are one line of each): the first one met stays, so a filter
  // change does not redraw and lay out the probe too.
  const [sample] = useState(() => events[0]);
  const view = useScrollView(scrollRef);
  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const last = Math.min(events.length, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);

  useEffect(() => {
    const scroller = scrollRef.current;
    const index = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId);
    if (!scroller || index < 0) return;
    const top = index * rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + rowHeight > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top + rowHeight - scroller.clientHeight;
  }, [selectedId, events, rowHeight]);

  const rows = [];
  // Keyed by position: after a filter change the rows in view keep their elements and only their
  // text changes, instead of some twenty rows being built anew.
  for (let index = first; index < last; index++) {
    const event = events[index]!;
    rows.push(
      <li
        key={index}
        aria-setsize={events.length}
        aria-posinset={index + 1}
        className="absolute left-0 w-full"
        style={{ height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}
      >
        <EventListItem
          event={event}
          selected={event.id === selectedId}
          href={hrefFor(event.id)}
          onSelect={onSelect}
          singleLine
        />
      </li>,
    );
  }
  return (
    <div ref={scrollRef} className="relative h-[70cqh] overflow-auto">
      {sample && (
        <div ref={probeRef} aria-hidden className="invisible absolute inset-x-0 top-0">
          <EventListItem event={sample} selected={false} href="" onSelect={onSelect} singleLine />
        </div>
      )}
      <ul aria-label="Events" className="relative w-full" style={{ height: events.length * rowHeight }}>
        {rows}
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

/** The scrolled element's scroll offset and visible height, as they change. */
function useScrollView(ref: RefObject<HTMLElement | null>): { top: number; height: number } {
  const [view, setView] = useState({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setView({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [ref]);
  return view;
}
