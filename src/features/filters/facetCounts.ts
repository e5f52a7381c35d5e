import type { EventType, TimelineEvent } from '../../schema/dataset';
import { compileFilters, type CompiledFilters } from './filterEvents';
import type { OrgRegistry } from './orgRegistry';
import type { View } from './view';

export interface FacetCounts {
  org: Map<string, number>;
  country: Map<string, number>;
  type: Map<EventType, number>;
  /** Dated events per month of their start (`YYYY-MM`), for the density strip: every filter but the dates applies. */
  month: Map<string, number>;
}

type Dimension = keyof CompiledFilters;
const DIMENSIONS: Dimension[] = ['org', 'country', 'type', 'q', 'date'];

/** Each event's facet keys as small integers, so counting is array arithmetic, not map lookups. */
interface FacetIndex {
  orgs: string[];
  countries: string[];
  types: EventType[];
  months: string[];
  /** Per event: its organisations with their parents, its countries without repeats, its type and start month (-1: undated). */
  orgKeys: Int32Array[];
  countryKeys: Int32Array[];
  typeKey: Int32Array;
  monthKey: Int32Array;
}

// Built once per (sorted) event array and registry: counts are recomputed on every filter change.
const indexCache = new WeakMap<readonly TimelineEvent[], { registry: OrgRegistry; index: FacetIndex }>();

function interner<K>(names: K[]) {
  const ids = new Map<K, number>();
  return (key: K): number => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = names.length));
      names.push(key);
    }
    return id;
  };
}

function facetIndexOf(events: readonly TimelineEvent[], registry: OrgRegistry): FacetIndex {
  const cached = indexCache.get(events);
  if (cached && cached.registry === registry) return cached.index;
  const index: FacetIndex = {
    orgs: [],
    countries: [],
    types: [],
    months: [],
    orgKeys: [],
    countryKeys: [],
    typeKey: new Int32Array(events.length),
    monthKey: new Int32Array(events.length),
  };
  const org = interner(index.orgs);
  const country = interner(index.countries);
  const type = interner(index.types);
  const month = interner(index.months);
  events.forEach((event, at) => {
    index.orgKeys.push(Int32Array.from(registry.closureOf(event.organizations), org));
    index.countryKeys.push(Int32Array.from(new Set(event.countries), country));
    index.typeKey[at] = type(event.type);
    index.monthKey[at] = event.date.start === null ? -1 : month(event.date.start.slice(0, 7));
  });
  indexCache.set(events, { registry, index });
  return index;
}

function toMap<K>(names: readonly K[], counts: Int32Array): Map<K, number> {
  const map = new Map<K, number>();
  names.forEach((name, at) => {
    if (counts[at]! > 0) map.set(name, counts[at]!);
  });
  return map;
}

/**
 * The events that pass every filter of the view (in their given order), and for each choice of
 * a facet, how many events would pass if it were chosen: every other filter applies, the facet's
 * own does not (the usual faceted-search convention). One pass over the events: an event failing
 * no filter passes and counts for every facet, one failing a single filter counts for that facet only.
 */
export function filterAndCount(
  events: readonly TimelineEvent[],
  view: View,
  registry: OrgRegistry,
): { filtered: TimelineEvent[]; counts: FacetCounts } {
  const filters = compileFilters(view, registry);
  const active = DIMENSIONS.filter((dimension) => filters[dimension] !== null);
  const tests = active.map((dimension) => filters[dimension]!);
  const index = facetIndexOf(events, registry);
  const org = new Int32Array(index.orgs.length);
  const country = new Int32Array(index.countries.length);
  const type = new Int32Array(index.types.length);
  const month = new Int32Array(index.months.length);
  const filtered: TimelineEvent[] = [];
  for (let at = 0; at < events.length; at++) {
    const event = events[at]!;
    let failed: Dimension | null = null;
    let failures = 0;
    for (let test = 0; test < tests.length; test++) {
      if (!tests[test]!(event)) {
        failed = active[test]!;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failed === null) filtered.push(event);
    if (failed === null || failed === 'org') for (const key of index.orgKeys[at]!) org[key]!++;
    if (failed === null || failed === 'country') for (const key of index.countryKeys[at]!) country[key]!++;
    if (failed === null || failed === 'type') type[index.typeKey[at]!]!++;
    if ((failed === null || failed === 'date') && index.monthKey[at]! >= 0) month[index.monthKey[at]!]!++;
  }
  return {
    filtered,
    counts: {
      org: toMap(index.orgs, org),
      country: toMap(index.countries, country),
      type: toMap(index.types, type),
      month: toMap(index.months, month),
    },
  };
}

/** For each choice of a facet, how many events would pass if it were chosen (see filterAndCount). */
export function facetCounts(
  events: readonly TimelineEvent[],
  view: View,
  registry: OrgRegistry,
): FacetCounts {
  return filterAndCount(events, view, registry).counts;
}
