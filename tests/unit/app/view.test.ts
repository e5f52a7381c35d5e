import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatView, parseView, type View } from '../../../src/features/filters';

describe('parseView', () => {
  it.each<[string, string, Partial<View>]>([
    ['the empty query is the default view', '', {}],
    [
      'lists split on commas',
      '?org=CSTO,SCO&country=KZ,RU&type=training,meeting',
      { org: ['CSTO', 'SCO'], country: ['KZ', 'RU'], type: ['training', 'meeting'] },
    ],
    ['repeated list items count once', '?type=training,training', { type: ['training'] }],
    ['unknown types are dropped', '?type=party,training', { type: ['training'] }],
    ['country codes must be two capitals', '?country=ru,RUS,KZ', { country: ['KZ'] }],
    ['ids with unsafe characters are ignored', '?event=<script>&org=C%20S', {}],
    ['a year bound', '?from=2022', { from: '2022' }],
    ['a month and a day bound', '?from=2022-02&to=2024-06-30', { from: '2022-02', to: '2024-06-30' }],
    ['impossible dates are ignored', '?from=2022-13&to=2023-02-30', {}],
    ['free text keeps its spaces while typing', '?q=Zas%20', { q: 'Zas ' }],
    ['embed=1 is the frame mode, anything else is not', '?embed=1', { embed: true }],
    ['embed=yes is ignored', '?embed=yes', {}],
    ['a known grouping', '?group=type', { group: 'type' }],
    ['an unknown grouping', '?group=colour', {}],
    ['unknown parameters are ignored', '?utm_source=x&page=2', {}],
  ])('%s', (_name, search, expected) => {
    expect(parseView(search)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });
});

describe('formatView', () => {
  it('leaves defaults out of the URL', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
  });

  it('writes readable commas and a fixed parameter order', () => {
    expect(
      formatView({ ...DEFAULT_VIEW, type: ['training'], org: ['CSTO', 'SCO'], event: 'e-1', q: 'a b' }),
    ).toBe('?event=e-1&org=CSTO,SCO&type=training&q=a+b');
  });

  it.each([
    '?event=2022-02-16-joint-position&org=CSTO,SCO&country=KZ,RU&type=training&q=Zas+%26+co&from=2022&to=2024-06&group=organization&embed=1',
    '?q=%3Cimg+src%3Dx%3E',
    '?from=2022-02-28',
    '',
  ])('parse ∘ format is the identity on canonical queries: %s', (search) => {
    expect(formatView(parseView(search))).toBe(search);
  });

  it('format ∘ parse is the identity on views', () => {
    const view: View = {
      ...DEFAULT_VIEW,
      org: ['CSTO-CRRF'],
      country: ['TJ'],
      type: ['signing', 'other'],
      q: 'Dushanbe, 2021',
      from: '2021-09',
      to: '2021-09-30',
      group: 'type',
      event: 'x',
    };
    expect(parseView(formatView(view))).toEqual(view);
  });
});
