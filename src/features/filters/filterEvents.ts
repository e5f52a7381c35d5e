import type { TimelineEvent } from '../../schema/dataset';
import { firstDayOf, lastDayOf } from './dateBounds';
import type { OrgRegistry } from './orgRegistry';
import type { View } from './view';

type Test = (event: TimelineEvent) => boolean;
/** The filters a view applies, one per dimension; `null` when that dimension is not filtered. */
export interface CompiledFilters {
  org: Test | null;
  country: Test | null;
  type: Test | null;
  q: Test | null;
  date: Test | null;
}

// Lower-cased search text per event, computed once: search runs on every keystroke.
const searchTextCache = new WeakMap<TimelineEvent, string>();

function searchTextOf(event: TimelineEvent): string {
  let text = searchTextCache.get(event);
  if (text === undefined) {
    const people = event.people.map((person) => `${person.name} ${person.role ?? ''}`);
    text = [event.title, event.summary, event.text, ...people, ...event.places].join('\n').toLowerCase();
    searchTextCache.set(event, text);
  }
  return text;
}

export function compileFilters(view: View, registry: OrgRegistry): CompiledFilters {
  // Ids the dataset does not know are ignored, like any other bad URL value.
  const orgs = new Set(view.org.filter((id) => registry.byId.has(id)));
  const countries = new Set(view.country);
  const types = new Set<string>(view.type);
  const words = view.q.toLowerCase().split(/\s+/).filter(Boolean);
  const from = view.from ? firstDayOf(view.from) : null;
  const to = view.to ? lastDayOf(view.to) : null;
  return {
    org: orgs.size ? (event) => registry.closureOf(event.organizations).some((id) => orgs.has(id)) : null,
    country: countries.size ? (event) => event.countries.some((code) => countries.has(code)) : null,
    type: types.size ? (event) => types.has(event.type) : null,
    q: words.length
      ? (event) => {
          const text = searchTextOf(event);
          return words.every((word) => text.includes(word));
        }
      : null,
    date:
      from || to
        ? ({ date }) =>
            date.start !== null &&
            date.end !== null &&
            (!from || date.end >= from) &&
            (!to || date.start <= to)
        : null,
  };
}

/** The events that pass every filter of the view, in their given order. */
export function filterEvents(
  events: readonly TimelineEvent[],
  view: View,
  registry: OrgRegistry,
): TimelineEvent[] {
  const tests = Object.values(compileFilters(view, registry)).filter((test): test is Test => test !== null);
  return events.filter((event) => tests.every((test) => test(event)));
}
