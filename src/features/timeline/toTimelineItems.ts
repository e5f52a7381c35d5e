import type { TimelineEvent } from '../../schema/dataset';
import { formatDateRecord } from '../../lib/formatDate';
import { escapeHtml } from './escapeHtml';

/** What vis-timeline draws for one event in one lane; `content` and `title` are escaped HTML. */
export interface TimelineItem {
  /** The event's id, or `<event id>@<lane>` when the event is drawn in several lanes. */
  id: string;
  eventId: string;
  content: string;
  title: string;
  start: string;
  end?: string;
  type: 'point' | 'range';
  className: string;
  group?: string;
}

const MAX_LABEL = 70;

function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function label(title: string): string {
  return title.length > MAX_LABEL ? `${title.slice(0, MAX_LABEL - 1).trimEnd()}…` : title;
}

function classNameOf(event: TimelineEvent): string {
  const classes = [`event-type-${event.type}`];
  if (event.date.precision === 'month' || event.date.precision === 'year') classes.push('event-approximate');
  if (event.date.certainty === 'inferred') classes.push('event-inferred');
  if (event.status === 'planned') classes.push('event-planned');
  return classes.join(' ');
}

/**
 * Dated events as timeline items: one-day events as points, everything longer (ranges, and
 * month- or year-precision dates, which span their month or year) as ranges. Undated events
 * have no place on a time axis and are left out; the list shows them. With lanes, an event is
 * drawn once in each lane it belongs to.
 */
export function toTimelineItems(
  events: readonly TimelineEvent[],
  lanesOf?: (event: TimelineEvent) => readonly string[],
): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of events) {
    const { start, end, precision } = event.date;
    if (start === null || end === null) continue;
    const isPoint = precision === 'day' && start === end;
    const item: TimelineItem = {
      id: event.id,
      eventId: event.id,
      content: escapeHtml(label(event.title)),
      title: escapeHtml(`${event.title} (${formatDateRecord(event.date)})`),
      start,
      // vis-timeline ends are exclusive: a range through 30 March ends at the start of 31 March.
      ...(isPoint ? {} : { end: nextDay(end) }),
      type: isPoint ? 'point' : 'range',
      className: classNameOf(event),
    };
    const lanes = lanesOf?.(event);
    if (!lanes) items.push(item);
    else if (lanes.length === 1) items.push({ ...item, group: lanes[0] });
    else for (const lane of lanes) items.push({ ...item, id: `${event.id}@${lane}`, group: lane });
  }
  return items;
}
