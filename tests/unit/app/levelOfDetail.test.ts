import { describe, expect, it } from 'vitest';
import {
  extentOf,
  itemsForWindow,
  nearlyAlike,
  placeItems,
} from '../../../src/features/timeline/levelOfDetail';
import { toTimelineItems } from '../../../src/features/timeline/toTimelineItems';
import { dayDate, makeEvent } from './eventFactory';

const day = (iso: string) => Date.parse(iso);
const eventsOn = (days: string[]) => days.map((d, i) => makeEvent({ id: `e${i}`, date: dayDate(d) }));
const everyDayOf2022 = Array.from({ length: 365 }, (_, i) =>
  new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10),
);

describe('itemsForWindow', () => {
  it('draws every item near the window when they are few', () => {
    const placed = placeItems(toTimelineItems(eventsOn(['2022-01-01', '2022-06-01', '2030-01-01'])));
    const drawn = itemsForWindow(placed, { start: day('2022-01-01'), end: day('2022-12-31') }, 10, null);
    expect(drawn.map((item) => item.id)).toEqual(['e0', 'e1']);
  });

  it('counts crowded items in buckets per period, and a lone item stays itself', () => {
    const placed = placeItems(toTimelineItems(eventsOn([...everyDayOf2022, '2023-07-01'])));
    const drawn = itemsForWindow(placed, { start: day('2022-01-01'), end: day('2023-12-31') }, 100, null);
    const buckets = drawn.filter((item) => item.className === 'event-bucket');
    expect(buckets).toHaveLength(12);
    expect(buckets[0]).toMatchObject({
      content: '31',
      start: '2022-01-01',
      end: '2022-02-01',
      type: 'range',
    });
    expect(buckets.reduce((sum, bucket) => sum + Number(bucket.content), 0)).toBe(365);
    expect(drawn.find((item) => item.id === 'e365')).toBeDefined();
  });

  it('always draws the selected item as itself', () => {
    const placed = placeItems(toTimelineItems(eventsOn(everyDayOf2022)));
    const drawn = itemsForWindow(placed, { start: day('2022-01-01'), end: day('2022-12-31') }, 100, 'e40');
    expect(drawn.map((item) => item.id)).toContain('e40');
  });

  it('keeps buckets apart per lane', () => {
    const items = toTimelineItems(eventsOn(everyDayOf2022), (event) =>
      Number(event.id.slice(1)) % 2 ? ['odd'] : ['even'],
    );
    const drawn = itemsForWindow(
      placeItems(items),
      { start: day('2022-01-01'), end: day('2022-12-31') },
      100,
      null,
    );
    expect(new Set(drawn.map((item) => item.group))).toEqual(new Set(['odd', 'even']));
    expect(drawn).toHaveLength(24);
  });

  it('counts the same buckets whatever order the items come in', () => {
    const counts = (days: string[]) =>
      itemsForWindow(
        placeItems(toTimelineItems(eventsOn(days))),
        { start: day('2022-01-01'), end: day('2022-12-31') },
        100,
        null,
      )
        .map((item) => `${item.start} ${item.content}`)
        .sort();
    const shuffled = everyDayOf2022.map((_, i) => everyDayOf2022[(i * 7) % 365]!);
    expect(counts(shuffled)).toEqual(counts(everyDayOf2022));
  });
});

describe('extentOf', () => {
  it('spans all items with some padding, and is null for none', () => {
    const extent = extentOf(placeItems(toTimelineItems(eventsOn(['2020-01-01', '2024-01-01']))))!;
    expect(extent.start).toBeLessThan(day('2020-01-01'));
    expect(extent.end).toBeGreaterThan(day('2024-01-02'));
    expect(extentOf([])).toBeNull();
  });
});

describe('nearlyAlike', () => {
  const decade = { start: day('2015-01-01'), end: day('2025-01-01') };

  it('takes a window a few days off on a ten-year span for the same one', () => {
    expect(nearlyAlike(decade, { start: day('2015-01-10'), end: day('2024-12-20') })).toBe(true);
  });

  it('tells a window that moved or zoomed visibly from it', () => {
    expect(nearlyAlike(decade, { start: day('2016-01-01'), end: day('2025-01-01') })).toBe(false);
    expect(nearlyAlike(decade, { start: day('2015-01-01'), end: day('2024-01-01') })).toBe(false);
    expect(nearlyAlike({ start: day('2022-01-01'), end: day('2022-02-01') }, decade)).toBe(false);
  });
});
