import { describe, expect, it } from 'vitest';
import { formatDateRecord } from '../../../src/lib/formatDate';
import type { DateRecord } from '../../../src/schema/dataset';

const day = (start: string, end = start): DateRecord => ({
  start,
  end,
  precision: 'day',
  certainty: 'explicit',
  text: '',
});

const intl = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const utc = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

describe('formatDateRecord', () => {
  it.each([
    ['one day', day('2022-02-16'), '16 February 2022'],
    ['a range within a month', day('2023-03-27', '2023-03-30'), '27\u2009–\u200930 March 2023'],
    ['a range across months', day('2023-03-27', '2023-04-02'), '27 March\u2009–\u20092 April 2023'],
    ['a range across years', day('2022-12-30', '2023-01-02'), '30 December 2022\u2009–\u20092 January 2023'],
    ['a month', { ...day('2023-03-01', '2023-03-31'), precision: 'month' }, 'March 2023'],
    ['a year', { ...day('2023-01-01', '2023-12-31'), precision: 'year' }, '2023'],
    ['no date', { start: null, end: null, precision: 'unknown', certainty: 'unknown', text: '' }, 'Undated'],
  ] satisfies [string, DateRecord, string][])('%s', (_, date, expected) => {
    expect(formatDateRecord(date)).toBe(expected);
  });

  it.each([
    ['2021-09-01', '2021-09-01'],
    ['2021-09-01', '2021-09-09'],
    ['2021-01-31', '2021-02-01'],
    ['2023-03-27', '2023-04-02'],
    ['2019-12-31', '2020-01-01'],
  ])('writes day ranges as en-GB does (%s to %s)', (start, end) => {
    const expected = start === end ? intl.format(utc(start)) : intl.formatRange(utc(start), utc(end));
    expect(formatDateRecord(day(start, end))).toBe(expected);
  });
});
