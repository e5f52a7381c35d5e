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

function add<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

// Each event's countries without repeats and its start month, worked out once: counts are
// recomputed over every event on every filter change.
const keysCache = new WeakMap<TimelineEvent, { countries: readonly string[]; month: string | null }>();

function facetKeysOf(event: TimelineEvent) {
  let keys = keysCache.get(event);
  if (!keys) {
    keys = { countries: [...new Set(event.countries)], month: event.date.start?.slice(0, 7) ?? null };
    keysCache.set(event, keys);
  }
  return keys;
}

/**
 * For each choice of a facet, how many events would pass if it were chosen: every other filter
 * applies, the facet's own does not (the usual faceted-search convention). One pass over the
 * events: an event failing no filter counts for every facet, one failing a single filter counts
 * for that facet only.
 */
export function facetCounts(
  events: readonly TimelineEvent[],
  view: View,
  registry: OrgRegistry,
): FacetCounts {
  const filters = compileFilters(view, registry);
  const active = DIMENSIONS.filter((dimension) => filters[dimension] !== null);
  const counts: FacetCounts = { org: new Map(), country: new Map(), type: new Map(), month: new Map() };
  for (const event of events) {
    let failed: Dimension | null = null;
    let failures = 0;
    for (const dimension of active) {
      if (!filters[dimension]!(event)) {
        failed = dimension;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failed === null || failed === 'org') {
      for (const id of registry.closureOf(event.organizations)) add(counts.org, id);
    }
    const keys = facetKeysOf(event);
    if (failed === null || failed === 'country') for (const code of keys.countries) add(counts.country, code);
    if (failed === null || failed === 'type') add(counts.type, event.type);
    if ((failed === null || failed === 'date') && keys.month !== null) add(counts.month, keys.month);
  }
  return counts;
}
