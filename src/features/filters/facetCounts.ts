import type { EventType, TimelineEvent } from '../../schema/dataset';
import { eventIndexOf } from './eventIndex';
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

function countKeys(keys: Int32Array, counts: Int32Array) {
  for (let at = 0; at < keys.length; at++) counts[keys[at]!]!++;
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
  const index = eventIndexOf(events, registry);
  const filters = compileFilters(view, registry, index);
  const active = DIMENSIONS.filter((dimension) => filters[dimension] !== null);
  const tests = active.map((dimension) => filters[dimension]!);
  const org = new Int32Array(index.orgs.length);
  const country = new Int32Array(index.countries.length);
  const type = new Int32Array(index.types.length);
  const month = new Int32Array(index.months.length);
  const filtered: TimelineEvent[] = [];
  const { orgKeys, countryKeys, typeKey, monthKey } = index;
  for (let at = 0; at < events.length; at++) {
    let failed: Dimension | null = null;
    let failures = 0;
    for (let test = 0; test < tests.length; test++) {
      if (!tests[test]!(at)) {
        failed = active[test]!;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failed === null) filtered.push(events[at]!);
    if (failed === null || failed === 'org') countKeys(orgKeys[at]!, org);
    if (failed === null || failed === 'country') countKeys(countryKeys[at]!, country);
    if (failed === null || failed === 'type') type[typeKey[at]!]!++;
    if ((failed === null || failed === 'date') && monthKey[at]! >= 0) month[monthKey[at]!]!++;
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
