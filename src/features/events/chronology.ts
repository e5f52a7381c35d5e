import type { TimelineEvent } from '../../schema/dataset';

/** Dated events by start, then end, then id; undated events last, by title. */
export function byChronology(a: TimelineEvent, b: TimelineEvent): number {
  const aStart = a.date.start;
  const bStart = b.date.start;
  if (aStart === null || bStart === null) {
    if (aStart !== bStart) return aStart === null ? 1 : -1;
    return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
  }
  return (
    aStart.localeCompare(bStart) ||
    (a.date.end ?? '').localeCompare(b.date.end ?? '') ||
    a.id.localeCompare(b.id)
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
