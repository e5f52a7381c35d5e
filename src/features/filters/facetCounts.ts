import type { EventType, TimelineEvent } from '../../schema/dataset';
import { compileFilters, type CompiledFilters } from './filterEvents';
import type { OrgRegistry } from './orgRegistry';
import type { View } from './view';

export interface FacetCounts {
  org: Map<string, number>;
  country: Map<string, number>;
  type: Map<EventType, number>;
}

type Dimension = keyof CompiledFilters;
const DIMENSIONS: Dimension[] = ['org', 'country', 'type', 'q', 'date'];

function add<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
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
  const counts: FacetCounts = { org: new Map(), country: new Map(), type: new Map() };
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
    if (failed === null || failed === 'country')
      for (const code of new Set(event.countries)) add(counts.country, code);
    if (failed === null || failed === 'type') add(counts.type, event.type);
  }
  return counts;
}
