import type { TimelineEvent } from '../../schema/dataset';
import { firstDayOf, lastDayOf } from './dateBounds';
import { eventIndexOf, type EventIndex } from './eventIndex';
import type { OrgRegistry } from './orgRegistry';
import type { View } from './view';

/** Whether the event at a position of the index passes one filter. */
type Test = (at: number) => boolean;
/** The filters a view applies, one per dimension; `null` when that dimension is not filtered. */
export interface CompiledFilters {
  org: Test | null;
  country: Test | null;
  type: Test | null;
  q: Test | null;
  date: Test | null;
}

/** A flag per key of the index: which keys the view chose. */
function chosenKeys<K>(names: readonly K[], chosen: ReadonlySet<K>): Uint8Array {
  return Uint8Array.from(names, (name) => (chosen.has(name) ? 1 : 0));
}

function anyChosen(keys: Int32Array, chosen: Uint8Array): boolean {
  for (let at = 0; at < keys.length; at++) if (chosen[keys[at]!] === 1) return true;
  return false;
}

export function compileFilters(view: View, registry: OrgRegistry, index: EventIndex): CompiledFilters {
  // Ids the dataset does not know are ignored, like any other bad URL value.
  const orgs = chosenKeys(index.orgs, new Set(view.org.filter((id) => registry.byId.has(id))));
  const countries = chosenKeys(index.countries, new Set(view.country));
  const types = chosenKeys(index.types, new Set(view.type));
  const words = view.q.toLowerCase().split(/\s+/).filter(Boolean);
  const from = view.from ? firstDayOf(view.from) : null;
  const to = view.to ? lastDayOf(view.to) : null;
  const { orgKeys, countryKeys, typeKey, starts, ends } = index;
  return {
    org: view.org.some((id) => registry.byId.has(id)) ? (at) => anyChosen(orgKeys[at]!, orgs) : null,
    country: view.country.length ? (at) => anyChosen(countryKeys[at]!, countries) : null,
    type: view.type.length ? (at) => types[typeKey[at]!] === 1 : null,
    q: words.length
      ? (at) => {
          const text = index.searchText(at);
          return words.every((word) => text.includes(word));
        }
      : null,
    date:
      from || to
        ? (at) => {
            const start = starts[at]!;
            const end = ends[at]!;
            return start !== null && end !== null && (!from || end >= from) && (!to || start <= to);
          }
        : null,
  };
}

/** The events that pass every filter of the view, in their given order. */
export function filterEvents(
  events: readonly TimelineEvent[],
  view: View,
  registry: OrgRegistry,
): TimelineEvent[] {
  const filters = compileFilters(view, registry, eventIndexOf(events, registry));
  const tests = Object.values(filters).filter((test): test is Test => test !== null);
  return events.filter((_, at) => tests.every((test) => test(at)));
}
