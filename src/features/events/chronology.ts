import type { TimelineEvent } from '../../schema/dataset';

// ISO days and URL-safe ids sort correctly by code unit, which is far cheaper than localeCompare
// for the 10,000 events sorted before the first render.
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated events by start, then end, then id; undated events last, by title. */
export function byChronology(a: TimelineEvent, b: TimelineEvent): number {
  const aStart = a.date.start;
  const bStart = b.date.start;
  if (aStart === null || bStart === null) {
    if (aStart !== bStart) return aStart === null ? 1 : -1;
    return a.title.localeCompare(b.title) || compareCodeUnits(a.id, b.id);
  }
  return (
    compareCodeUnits(aStart, bStart) ||
    compareCodeUnits(a.date.end ?? '', b.date.end ?? '') ||
    compareCodeUnits(a.id, b.id)
  );
}

/** The events just before and after one, in time, among the given (chronological) events. */
export function neighboursOf(
  events: readonly TimelineEvent[],
  event: TimelineEvent,
): { previous: TimelineEvent | null; next: TimelineEvent | null } {
  const index = events.indexOf(event);
  if (index >= 0) return { previous: events[index - 1] ?? null, next: events[index + 1] ?? null };
  // The selected event may be filtered out: its neighbours are where it would sort.
  const after = events.findIndex((other) => byChronology(event, other) < 0);
  const insertAt = after === -1 ? events.length : after;
  return { previous: events[insertAt - 1] ?? null, next: events[insertAt] ?? null };
}
