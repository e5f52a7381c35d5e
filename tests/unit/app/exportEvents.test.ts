import { describe, expect, it } from 'vitest';
import { toCsv, toIcs, toJson } from '../../../src/features/events/exportEvents';
import { makeEvent, undated } from './eventFactory';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines', () => {
    const csv = toCsv([makeEvent({ id: 'a', title: 'Talks, "frank"\nand open' })]);
    expect(csv.split('\r\n')[1]).toContain('"Talks, ""frank""\nand open"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([makeEvent({ id: 'a', title: '=HYPERLINK("http://x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('has a header and one row per event', () => {
    expect(
      toCsv([makeEvent({ id: 'a' }), makeEvent({ id: 'b' })])
        .trim()
        .split('\r\n'),
    ).toHaveLength(3);
  });
});

describe('toIcs', () => {
  const now = new Date('2026-01-02T03:04:05.678Z');

  it('writes all-day entries with an exclusive end and skips undated events', () => {
    const ics = toIcs(
      [makeEvent({ id: 'a', title: 'Talks; day 1, Moscow' }), makeEvent({ id: 'b', date: undated })],
      now,
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20220101\r\nDTEND;VALUE=DATE:20220102');
    expect(ics).toContain('SUMMARY:Talks\\; day 1\\, Moscow');
    expect(ics).toContain('DTSTAMP:20260102T030405Z');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('folds long lines at 75 octets', () => {
    const ics = toIcs([makeEvent({ id: 'a', title: 'x'.repeat(200) })], now);
    for (const line of ics.split('\r\n')) expect(line.length).toBeLessThanOrEqual(75);
  });
});

describe('toJson', () => {
  it('records the view it came from', () => {
    expect(JSON.parse(toJson([makeEvent({ id: 'a' })], 'https://x.test/?type=training'))).toMatchObject({
      view: 'https://x.test/?type=training',
      count: 1,
    });
  });
});
