import { escapeHtml } from './escapeHtml';
import type { TimelineItem } from './toTimelineItems';

/** A time window in epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

const DAY = 86_400_000;
/** Bucket widths from fine to coarse; the first that gives at most MAX_BUCKETS across the window wins. */
const BUCKET_UNITS: { label: string; floor(time: Date): Date; next(time: Date): Date; width: number }[] = [
  {
    label: 'day',
    width: DAY,
    floor: (t) => utc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()),
    next: (t) => utc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1),
  },
  {
    label: 'month',
    width: 30 * DAY,
    floor: (t) => utc(t.getUTCFullYear(), t.getUTCMonth(), 1),
    next: (t) => utc(t.getUTCFullYear(), t.getUTCMonth() + 1, 1),
  },
  {
    label: 'quarter',
    width: 91 * DAY,
    floor: (t) => utc(t.getUTCFullYear(), t.getUTCMonth() - (t.getUTCMonth() % 3), 1),
    next: (t) => utc(t.getUTCFullYear(), t.getUTCMonth() - (t.getUTCMonth() % 3) + 3, 1),
  },
  {
    label: 'year',
    width: 365 * DAY,
    floor: (t) => utc(t.getUTCFullYear(), 0, 1),
    next: (t) => utc(t.getUTCFullYear() + 1, 0, 1),
  },
  {
    label: 'decade',
    width: 3652 * DAY,
    floor: (t) => utc(t.getUTCFullYear() - (t.getUTCFullYear() % 10), 0, 1),
    next: (t) => utc(t.getUTCFullYear() - (t.getUTCFullYear() % 10) + 10, 0, 1),
  },
];
const MAX_BUCKETS = 80;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface PlacedItem {
  item: TimelineItem;
  start: number;
  end: number;
}

/** Items with their times as numbers. */
export function placeItems(items: readonly TimelineItem[]): PlacedItem[] {
  return items.map((item) => {
    const start = Date.parse(item.start);
    return { item, start, end: item.end ? Date.parse(item.end) : start + DAY };
  });
}

/**
 * The span of all items, padded so nothing sits on the edge (more on the right, where point
 * labels run on past their dot); null when there are none.
 */
export function extentOf(placed: readonly PlacedItem[]): TimeWindow | null {
  if (placed.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const entry of placed) {
    if (entry.start < start) start = entry.start;
    if (entry.end > end) end = entry.end;
  }
  const span = Math.max(end - start, 60 * DAY);
  return { start: start - span * 0.04, end: end + span * 0.3 };
}

/** Whether two windows differ by under 1% of the first one's span at each end: too little to see. */
export function nearlyAlike(a: TimeWindow, b: TimeWindow): boolean {
  const tolerance = (a.end - a.start) / 100;
  return Math.abs(a.start - b.start) < tolerance && Math.abs(a.end - b.end) < tolerance;
}

export const BUCKET_PREFIX = 'bucket:';

/** A period of one lane, in epoch milliseconds, and the items in it. */
interface Bucket {
  start: number;
  end: number;
  group: string | undefined;
  /** The first item counted: drawn as itself when it is the only one. */
  first: TimelineItem;
  count: number;
}

/**
 * What the timeline draws for a window: every item in and around it when they are few, or,
 * when more than `limit` would crowd it, one counted bucket per lane and period, so vis-timeline
 * never holds more than a few hundred items, however large the dataset. The selected item is
 * always drawn as itself.
 */
export function itemsForWindow(
  placed: readonly PlacedItem[],
  window: TimeWindow,
  limit: number,
  selectedId: string | null,
): TimelineItem[] {
  const span = window.end - window.start;
  const from = window.start - span / 2;
  const to = window.end + span / 2;
  const near = placed.filter((entry) => entry.start < to && entry.end > from);
  if (near.length <= limit) return near.map((entry) => entry.item);

  const unit =
    BUCKET_UNITS.find((candidate) => (to - from) / candidate.width <= MAX_BUCKETS) ?? BUCKET_UNITS.at(-1)!;
  // Grouped by lane, then by the bucket's start. Items come in time order, so each one
  // mostly falls in the bucket of the one before it in its lane, and is counted without lookups.
  const lanes = new Map<string | undefined, Map<number, Bucket>>();
  const lastInLane = new Map<string | undefined, Bucket>();
  for (const { item, start } of near) {
    let bucket = lastInLane.get(item.group);
    if (!bucket || start < bucket.start || start >= bucket.end) {
      const floor = unit.floor(new Date(start));
      let lane = lanes.get(item.group);
      if (!lane) lanes.set(item.group, (lane = new Map()));
      bucket = lane.get(floor.getTime());
      if (!bucket) {
        bucket = {
          start: floor.getTime(),
          end: unit.next(floor).getTime(),
          group: item.group,
          first: item,
          count: 0,
        };
        lane.set(bucket.start, bucket);
      }
      lastInLane.set(item.group, bucket);
    }
    bucket.count++;
  }
  const buckets = [...lanes.values()].flatMap((lane) => [...lane.values()]);
  const drawn: TimelineItem[] = [];
  for (const { start, end, group, first: only, count } of buckets) {
    if (count === 1) {
      drawn.push(only);
      continue;
    }
    const first = isoDay(new Date(start));
    const id = `${BUCKET_PREFIX}${group ?? ''}:${first}:${unit.label}`;
    drawn.push({
      id,
      eventId: id,
      content: String(count),
      title: escapeHtml(`${count} events from ${first} to ${isoDay(new Date(end - DAY))}: click to zoom in`),
      start: first,
      end: isoDay(new Date(end)),
      type: 'range',
      className: 'event-bucket',
      ...(group === undefined ? {} : { group }),
    });
  }
  for (const entry of near) {
    if (entry.item.eventId === selectedId && !drawn.includes(entry.item)) drawn.push(entry.item);
  }
  return drawn;
}
