import { describe, expect, it } from 'vitest';
import {
  createOrgRegistry,
  DEFAULT_VIEW,
  facetCounts,
  filterAndCount,
  filterEvents,
  type View,
} from '../../../src/features/filters';
import { dayDate, makeEvent, undated } from './eventFactory';

const registry = createOrgRegistry([
  { id: 'CSTO', name: 'Collective Security Treaty Organization', parent: null },
  { id: 'CSTO-SECRETARIAT', name: 'CSTO Secretariat', parent: 'CSTO' },
  { id: 'CSTO-CRRF', name: 'CSTO Collective Rapid Reaction Forces', parent: 'CSTO' },
  { id: 'SCO', name: 'Shanghai Cooperation Organization', parent: null },
]);

const events = [
  makeEvent({
    id: 'secretariat-meeting',
    organizations: ['CSTO-SECRETARIAT'],
    countries: ['RU'],
    date: dayDate('2022-02-16'),
    people: [{ name: 'Stanislav Zas', role: 'Secretary General' }],
  }),
  makeEvent({
    id: 'crrf-training',
    type: 'training',
    organizations: ['CSTO-CRRF'],
    countries: ['RU', 'KZ'],
    date: { start: '2023-03-27', end: '2023-03-30', precision: 'day', certainty: 'explicit', text: '' },
  }),
  makeEvent({
    id: 'sco-signing',
    type: 'signing',
    organizations: ['SCO'],
    countries: ['KZ'],
    places: ['Astana'],
    date: { start: '2024-06-01', end: '2024-06-30', precision: 'month', certainty: 'inferred', text: '' },
  }),
  makeEvent({
    id: 'undated-statement',
    type: 'statement',
    organizations: ['CSTO', 'SCO'],
    date: undated,
    title: 'Address on <b>cooperation</b>',
  }),
];

const ids = (view: Partial<View>) =>
  filterEvents(events, { ...DEFAULT_VIEW, ...view }, registry).map((event) => event.id);

describe('filterEvents', () => {
  it.each<[string, Partial<View>, string[]]>([
    [
      'no filter keeps everything',
      {},
      ['secretariat-meeting', 'crrf-training', 'sco-signing', 'undated-statement'],
    ],
    [
      'a parent includes its sub-bodies',
      { org: ['CSTO'] },
      ['secretariat-meeting', 'crrf-training', 'undated-statement'],
    ],
    ['a sub-body is only itself', { org: ['CSTO-CRRF'] }, ['crrf-training']],
    [
      'several organisations are alternatives',
      { org: ['CSTO-CRRF', 'SCO'] },
      ['crrf-training', 'sco-signing', 'undated-statement'],
    ],
    [
      'organisations the dataset does not know are ignored',
      { org: ['NOPE'] },
      ['secretariat-meeting', 'crrf-training', 'sco-signing', 'undated-statement'],
    ],
    ['countries', { country: ['KZ'] }, ['crrf-training', 'sco-signing']],
    ['types', { type: ['training', 'signing'] }, ['crrf-training', 'sco-signing']],
    ['filters combine with AND', { country: ['KZ'], type: ['signing'] }, ['sco-signing']],
    ['search covers people', { q: 'zas' }, ['secretariat-meeting']],
    ['search covers places', { q: 'ASTANA' }, ['sco-signing']],
    ['every search word must match', { q: 'address cooperation' }, ['undated-statement']],
    ['search treats markup as plain text', { q: '<b>' }, ['undated-statement']],
    ['a year bound hides undated events', { from: '2023' }, ['crrf-training', 'sco-signing']],
    ['a range overlapping the bound counts', { to: '2023-03-27' }, ['secretariat-meeting', 'crrf-training']],
    ['a range just after the bound does not', { to: '2023-03-26' }, ['secretariat-meeting']],
    ['a month precision spans its month', { from: '2024-06-30', to: '2024-12' }, ['sco-signing']],
    ['from and to together', { from: '2022-02-17', to: '2024-05' }, ['crrf-training']],
  ])('%s', (_name, view, expected) => {
    expect(ids(view)).toEqual(expected);
  });
});

describe('facetCounts', () => {
  it('counts each choice under the other filters, parents including sub-bodies', () => {
    const counts = facetCounts(
      events,
      { ...DEFAULT_VIEW, type: ['training', 'signing'], country: ['KZ'] },
      registry,
    );
    expect(Object.fromEntries(counts.type)).toEqual({ training: 1, signing: 1 });
    expect(Object.fromEntries(counts.country)).toEqual({ RU: 1, KZ: 2 });
    expect(Object.fromEntries(counts.org)).toEqual({ CSTO: 1, 'CSTO-CRRF': 1, SCO: 1 });
  });

  it('counts an event once per organisation even when it names a body and its parent', () => {
    const counts = facetCounts(events, DEFAULT_VIEW, registry);
    expect(counts.org.get('CSTO')).toBe(3);
    expect(counts.org.get('SCO')).toBe(2);
  });

  it('filters in the same pass as filterEvents does', () => {
    for (const view of [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, q: 'text', from: '2022' },
      { ...DEFAULT_VIEW, type: ['training' as const] },
    ]) {
      const { filtered, counts } = filterAndCount(events, view, registry);
      expect(filtered).toEqual(filterEvents(events, view, registry));
      expect(counts).toEqual(facetCounts(events, view, registry));
    }
  });

  it('agrees with filterEvents for every single choice', () => {
    const view = { ...DEFAULT_VIEW, q: 'text', from: '2022' };
    const counts = facetCounts(events, view, registry);
    for (const [type, count] of counts.type) {
      expect(filterEvents(events, { ...view, type: [type] }, registry)).toHaveLength(count);
    }
  });
});
