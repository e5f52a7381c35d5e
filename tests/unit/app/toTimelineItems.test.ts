import { describe, expect, it } from 'vitest';
import { toTimelineItems } from '../../../src/features/timeline/toTimelineItems';
import { makeEvent, undated } from './eventFactory';

describe('toTimelineItems', () => {
  it('draws a one-day event as a point', () => {
    const [item] = toTimelineItems([makeEvent({ id: 'a' })]);
    expect(item).toMatchObject({
      id: 'a',
      type: 'point',
      start: '2022-01-01',
      className: 'event-type-meeting',
    });
    expect(item).not.toHaveProperty('end');
  });

  it('draws a range through its last day (vis-timeline ends are exclusive)', () => {
    const date = {
      start: '2023-03-27',
      end: '2023-03-30',
      precision: 'day',
      certainty: 'explicit',
      text: '',
    } as const;
    expect(toTimelineItems([makeEvent({ id: 'a', date })])[0]).toMatchObject({
      type: 'range',
      start: '2023-03-27',
      end: '2023-03-31',
    });
  });

  it.each([
    [
      'month',
      { start: '2024-02-01', end: '2024-02-29', precision: 'month', certainty: 'explicit', text: '' },
      '2024-03-01',
      'event-type-training event-approximate',
    ],
    [
      'inferred year',
      { start: '2023-01-01', end: '2023-12-31', precision: 'year', certainty: 'inferred', text: '' },
      '2024-01-01',
      'event-type-training event-approximate event-inferred',
    ],
  ] as const)('marks a %s date as approximate', (_name, date, end, className) => {
    expect(toTimelineItems([makeEvent({ id: 'a', type: 'training', date })])[0]).toMatchObject({
      type: 'range',
      end,
      className,
    });
  });

  it('marks planned events and inferred days', () => {
    const date = {
      start: '2030-01-01',
      end: '2030-01-01',
      precision: 'day',
      certainty: 'inferred',
      text: '',
    } as const;
    expect(toTimelineItems([makeEvent({ id: 'a', status: 'planned', date })])[0]?.className).toBe(
      'event-type-meeting event-inferred event-planned',
    );
  });

  it('leaves undated events off the axis', () => {
    expect(toTimelineItems([makeEvent({ id: 'a', date: undated })])).toEqual([]);
  });

  it('escapes markup in content and tooltips, so it shows as text', () => {
    const [item] = toTimelineItems([
      makeEvent({ id: 'a', title: `<img src=x onerror="alert('x')"> & <script>` }),
    ]);
    expect(item?.content).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &lt;script&gt;',
    );
    expect(item?.title).not.toMatch(/[<>]/);
  });

  it('shortens long titles on the axis and keeps them whole in the tooltip', () => {
    const title = 'A'.repeat(120);
    const [item] = toTimelineItems([makeEvent({ id: 'a', title })]);
    expect(item?.content.length).toBeLessThan(80);
    expect(item?.content.endsWith('…')).toBe(true);
    expect(item?.title).toContain(title);
  });

  it('puts each item in the lane its grouping gives', () => {
    expect(toTimelineItems([makeEvent({ id: 'a' })], (event) => [event.type])[0]).toMatchObject({
      id: 'a',
      group: 'meeting',
    });
  });

  it('draws an event once per lane when it belongs to several, all pointing to the event', () => {
    const items = toTimelineItems([makeEvent({ id: 'a' })], () => ['CSTO', 'SCO']);
    expect(items.map(({ id, eventId, group }) => ({ id, eventId, group }))).toEqual([
      { id: 'a@CSTO', eventId: 'a', group: 'CSTO' },
      { id: 'a@SCO', eventId: 'a', group: 'SCO' },
    ]);
  });
});
