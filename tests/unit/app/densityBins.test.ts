import { describe, expect, it } from 'vitest';
import { densityBins, isBinChosen, monthExtentOf } from '../../../src/features/filters/densityBins';
import { dayDate, makeEvent } from './eventFactory';

const counts = new Map([
  ['2020-02', 2],
  ['2020-03', 1],
  ['2023-12', 4],
]);

describe('densityBins', () => {
  it('uses months while they fit, and sums the counts of each bin', () => {
    const bins = densityBins(counts, { first: '2020-02', last: '2020-04' });
    expect(bins).toEqual([
      { label: 'February 2020', from: '2020-02', to: '2020-02', count: 2 },
      { label: 'March 2020', from: '2020-03', to: '2020-03', count: 1 },
      { label: 'April 2020', from: '2020-04', to: '2020-04', count: 0 },
    ]);
  });

  it.each([
    [
      'quarters for a few years',
      { first: '2020-02', last: '2024-12' },
      20,
      { label: 'Q1 2020', from: '2020-01', to: '2020-03', count: 3 },
    ],
    [
      'years for a long span',
      { first: '2000-01', last: '2023-12' },
      24,
      { label: '2020', from: '2020', to: '2020', count: 3 },
    ],
  ])('uses %s', (_, extent, length, binOf2020) => {
    const bins = densityBins(counts, extent);
    expect(bins).toHaveLength(length);
    expect(bins).toContainEqual(binOf2020);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(7);
  });
});

describe('isBinChosen', () => {
  const march = { label: 'March 2020', from: '2020-03', to: '2020-03', count: 1 };
  it.each([
    [null, null, false],
    ['2020', null, true],
    [null, '2020-02-29', false],
    ['2020-03-31', '2021', true],
    ['2020-04', null, false],
  ])('from %s to %s: %s', (from, to, expected) => {
    expect(isBinChosen(march, from, to)).toBe(expected);
  });
});

describe('monthExtentOf', () => {
  it('spans the start months of the dated events, and is null when none is dated', () => {
    const events = [
      makeEvent({ id: 'a', date: dayDate('2021-05-04') }),
      makeEvent({ id: 'b', date: dayDate('2019-01-31') }),
    ];
    expect(monthExtentOf(events)).toEqual({ first: '2019-01', last: '2021-05' });
    expect(monthExtentOf([])).toBeNull();
  });
});
