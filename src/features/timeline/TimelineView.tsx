import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItemCollectionType, type TimelineOptions } from 'vis-timeline/esnext';
import {
  BUCKET_PREFIX,
  extentOf,
  itemsForWindow,
  nearlyAlike,
  type PlacedItem,
  type TimeWindow,
} from './levelOfDetail';
import type { TimelineGroup } from './timelineGroups';
import { adoptTimelineStyles } from './timelineStyles';
import type { TimelineItem } from './toTimelineItems';

export interface TimelineViewProps {
  /** The items to show, in time order, with their times parsed. */
  placed: readonly PlacedItem[];
  groups: TimelineGroup[] | null;
  selectedId: string | null;
  onSelect(id: string): void;
}

const DAY = 24 * 60 * 60 * 1000;
/**
 * More items than this in and around the view are drawn as counted buckets (see levelOfDetail.ts).
 * About half of them are in view, which the timeline's height holds legibly. Each one drawn costs
 * vis-timeline layout: at 1,000 events a type of 50-90 events took a filter change to ~100 ms
 * with a limit of 80.
 */
const ITEM_LIMIT = 40;
const OPTIONS: TimelineOptions = {
  height: '100%',
  orientation: 'top',
  selectable: true,
  multiselect: false,
  showCurrentTime: true,
  // A plain wheel keeps scrolling the page; Ctrl+wheel (and pinch) zooms.
  zoomKey: 'ctrlKey',
  verticalScroll: true,
  zoomMin: 7 * DAY,
  zoomMax: 80 * 365 * DAY,
  margin: { item: { horizontal: 4, vertical: 6 } },
  tooltip: { followMouse: true, overflowMethod: 'cap' },
};
const INSTANT = { animation: false } as const;
const SMOOTH = { animation: { duration: 300, easingFunction: 'easeInOutQuad' } } as const;

/**
 * The one adapter around vis-timeline: the instance is created once, what is in view is fed by
 * diff into one DataSet, `?event=` is mirrored with setSelection and the window, and a click on an
 * item selects it (a click on a bucket zooms into it).
 */
export default function TimelineView({ placed, groups, selectedId, onSelect }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [dataSet] = useState(() => new DataSet<VisItem, 'id'>());
  const [shown] = useState<Shown>(() => ({ items: new Map(), labels: new Map() }));
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  // The latest props for vis-timeline's callbacks, which are registered once.
  const latest = useRef({ placed, selectedId, onSelect });
  useLayoutEffect(() => {
    latest.current = { placed, selectedId, onSelect };
  });

  useEffect(() => {
    const container = containerRef.current!;
    adoptTimelineStyles(container.getRootNode());
    // vis-timeline's types allow only strings as content and title; it takes elements too (see BucketLabel).
    const instance = new Timeline(container, dataSet as unknown as DataItemCollectionType, OPTIONS);
    const redraw = () =>
      showWindow(instance, dataSet, shown, latest.current.placed, latest.current.selectedId);
    instance.on('rangechanged', redraw);
    instance.on('select', ({ items: selected }: { items: (string | number)[] }) => {
      const id = selected[0];
      if (typeof id !== 'string') return;
      const item = dataSet.get(id);
      if (!item) return;
      if (!id.startsWith(BUCKET_PREFIX)) latest.current.onSelect(item.eventId);
      else {
        instance.setSelection([]);
        if (item.end) instance.setWindow(item.start, item.end, SMOOTH);
      }
    });
    setTimeline(instance);
    return () => instance.destroy();
  }, [dataSet, shown]);

  // Layout effects, not passive ones: after the deferred render that brings new items, React
  // runs passive effects only after a paint, so the timeline would lag the list by a frame. Fed
  // within the commit (lanes before the items placed in them), vis-timeline redraws in the next frame.
  useLayoutEffect(() => {
    timeline?.setGroups(groups ?? undefined);
  }, [timeline, groups]);

  useLayoutEffect(() => {
    if (!timeline) return;
    // The window follows the filters: around the selected event if it is shown, else everything shown.
    const { selectedId } = latest.current;
    const selected = placedOf(placed, selectedId);
    const target = selected
      ? { start: selected.start - 60 * DAY, end: selected.end + 60 * DAY }
      : extentOf(placed);
    // The items for the new window go in first: setWindow then draws them in its own redraw. A
    // window that would barely move stays: then a bucket whose count alone changed is rewritten in
    // place, and vis-timeline does not lay out its axis and every item again.
    if (target && !nearlyAlike(target, currentWindow(timeline))) {
      showItems(dataSet, shown, placed, target, selectedId);
      timeline.setWindow(target.start, target.end, INSTANT);
    }
    showWindow(timeline, dataSet, shown, placed, selectedId);
  }, [timeline, dataSet, shown, placed]);

  useEffect(() => {
    if (!timeline) return;
    const selected = placedOf(latest.current.placed, selectedId);
    const { start, end } = timeline.getWindow();
    if (selected && (selected.start > end.getTime() || selected.end < start.getTime())) {
      timeline.moveTo((selected.start + selected.end) / 2, SMOOTH);
    }
    showWindow(timeline, dataSet, shown, latest.current.placed, selectedId);
  }, [timeline, dataSet, shown, selectedId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) / 5;
    const actions: Record<string, () => void> = {
      '+': () => timeline.zoomIn(0.5),
      '=': () => timeline.zoomIn(0.5),
      '-': () => timeline.zoomOut(0.5),
      ArrowLeft: () => timeline.setWindow(start.getTime() - shift, end.getTime() - shift),
      ArrowRight: () => timeline.setWindow(start.getTime() + shift, end.getTime() + shift),
      '0': () => fitAll(timeline, placed),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const controls: [string, () => void][] = [
    ['Zoom in', () => timeline?.zoomIn(0.5)],
    ['Zoom out', () => timeline?.zoomOut(0.5)],
    ['Fit all', () => timeline && fitAll(timeline, placed)],
    ['Today', () => timeline?.moveTo(new Date())],
  ];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Zoom and position">
        {controls.map(([label, action]) => (
          <button key={label} type="button" onClick={action} className="btn-secondary">
            {label}
          </button>
        ))}
      </div>
      <div
        ref={containerRef}
        role="group"
        aria-label="Timeline"
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className={`${groups ? 'h-96 @min-[40rem]:h-[28rem]' : 'h-72 @min-[40rem]:h-96'} rounded-md bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700`}
      />
      <p id={hintId} className="text-xs text-slate-600">
        Drag to move, Ctrl+scroll or pinch to zoom. With the timeline focused: + and − zoom, ← and → move, 0
        fits all. Every event is also in the list.
      </p>
    </div>
  );
}

function fitAll(timeline: Timeline, placed: readonly PlacedItem[]) {
  const extent = extentOf(placed);
  if (extent) timeline.setWindow(extent.start, extent.end, SMOOTH);
}

/** The selected event's item; with nothing selected, no scan of up to 10,000 items. */
function placedOf(placed: readonly PlacedItem[], selectedId: string | null): PlacedItem | undefined {
  return selectedId === null ? undefined : placed.find((entry) => entry.item.eventId === selectedId);
}

function currentWindow(timeline: Timeline): TimeWindow {
  const { start, end } = timeline.getWindow();
  return { start: start.getTime(), end: end.getTime() };
}

function showWindow(
  timeline: Timeline,
  dataSet: DataSet<VisItem, 'id'>,
  shown: Shown,
  placed: readonly PlacedItem[],
  selectedId: string | null,
) {
  showItems(dataSet, shown, placed, currentWindow(timeline), selectedId);
  timeline.setSelection(
    selectedId === null ? [] : dataSet.getIds({ filter: (item) => item.eventId === selectedId }),
  );
}

/** The items for a window, unless they were just worked out for it (setWindow reports 'rangechanged' at once). */
function showItems(
  dataSet: DataSet<VisItem, 'id'>,
  shown: Shown,
  placed: readonly PlacedItem[],
  range: TimeWindow,
  selectedId: string | null,
) {
  const last = shown.last;
  if (
    last &&
    last.placed === placed &&
    last.selectedId === selectedId &&
    last.range.start === range.start &&
    last.range.end === range.end
  )
    return;
  applyDiff(dataSet, shown, itemsForWindow(placed, range, ITEM_LIMIT, selectedId));
  shown.last = { placed, selectedId, range };
}

/**
 * A bucket's count and tooltip as elements of its own, filled with `textContent` (text only):
 * vis-timeline keeps an element it was given as content or title, so a new count is written
 * into it without an update of the item, which would make vis-timeline lay the item out again
 * (one forced layout per bucket, ~24 of them on every filter change).
 */
interface BucketLabel {
  content: HTMLElement;
  title: HTMLElement;
}

/** What vis-timeline is given, by id: the items as drawn, and their labels when they are buckets. */
interface Shown {
  items: Map<string, TimelineItem>;
  labels: Map<string, BucketLabel>;
  /** What the items were last worked out for. */
  last?: { placed: readonly PlacedItem[]; selectedId: string | null; range: TimeWindow };
}

/** vis-timeline's form of an item: a bucket's content and title are its label elements. */
type VisItem = Omit<TimelineItem, 'content' | 'title'> & {
  content: string | HTMLElement;
  title: string | HTMLElement;
};

function isBucket(item: TimelineItem): boolean {
  return item.id.startsWith(BUCKET_PREFIX);
}

function toVisItem(item: TimelineItem, labels: Map<string, BucketLabel>): VisItem {
  if (!isBucket(item)) return item;
  let label = labels.get(item.id);
  if (!label) {
    label = { content: document.createElement('span'), title: document.createElement('span') };
    labels.set(item.id, label);
  }
  writeLabel(label, item);
  return { ...item, content: label.content, title: label.title };
}

// A bucket's content and title are plain digits and ISO dates; its label shows them as text.
function writeLabel(label: BucketLabel, item: TimelineItem) {
  writeText(label.content, item.content);
  writeText(label.title, item.title);
}

/** Rewrites the element's text node in place: setting textContent would replace the node. */
function writeText(element: HTMLElement, text: string) {
  const node = element.firstChild;
  if (!(node instanceof Text)) element.textContent = text;
  else if (node.data !== text) node.data = text;
}

/**
 * Removes what is gone, adds what is new, updates what changed (items are immutable values).
 * A bucket whose count alone changed is not updated: its label elements are rewritten in place.
 * An item that gains or loses a field is replaced, since `update` merges fields.
 */
function applyDiff(dataSet: DataSet<VisItem, 'id'>, shown: Shown, items: TimelineItem[]) {
  const next = new Map(items.map((item) => [item.id, item]));
  const stale: string[] = [];
  const changed: VisItem[] = [];
  const fresh: VisItem[] = [];
  for (const [id, current] of shown.items) {
    const replacement = next.get(id);
    next.delete(id);
    if (!replacement) {
      stale.push(id);
      shown.items.delete(id);
      shown.labels.delete(id);
    } else if (sameItem(current, replacement)) continue;
    else if (isBucket(replacement) && samePlace(current, replacement)) {
      writeLabel(shown.labels.get(id)!, replacement);
      shown.items.set(id, replacement);
    } else if (sameFields(current, replacement)) {
      changed.push(toVisItem(replacement, shown.labels));
      shown.items.set(id, replacement);
    } else {
      stale.push(id);
      fresh.push(toVisItem(replacement, shown.labels));
      shown.items.set(id, replacement);
    }
  }
  for (const item of next.values()) {
    fresh.push(toVisItem(item, shown.labels));
    shown.items.set(item.id, item);
  }
  // Each DataSet call makes vis-timeline redraw at once, so there are at most three. And it draws
  // an added item that is in view at once too, reading its size: one forced layout per item (150
  // new items took ~100 ms). An updated item waits for the redraw, which draws all in one batch;
  // so new items are added out of any window, then moved in with the changed ones.
  dataSet.remove(stale);
  dataSet.add(fresh.map(parked));
  dataSet.update([...changed, ...fresh]);
}

const PARKED_START = '0001-01-01';
const PARKED_END = '0001-01-02';

function parked(item: VisItem): VisItem {
  return { ...item, start: PARKED_START, ...(item.end === undefined ? {} : { end: PARKED_END }) };
}

function sameFields(a: TimelineItem, b: TimelineItem): boolean {
  return 'end' in a === 'end' in b && 'group' in a === 'group' in b;
}

/** Everything but the words: where and how vis-timeline draws the item. */
function samePlace(a: TimelineItem, b: TimelineItem): boolean {
  return (
    sameFields(a, b) &&
    a.eventId === b.eventId &&
    a.group === b.group &&
    a.className === b.className &&
    a.start === b.start &&
    a.end === b.end &&
    a.type === b.type
  );
}

function sameItem(a: TimelineItem, b: TimelineItem): boolean {
  return samePlace(a, b) && a.content === b.content && a.title === b.title;
}
