import type { TimelineEvent } from '../../schema/dataset';

const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'precision',
  'certainty',
  'type',
  'status',
  'organizations',
  'countries',
  'places',
  'people',
  'sources',
  'summary',
] as const;

function csvCell(value: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(events: readonly TimelineEvent[]): string {
  const rows = events.map((event) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: event.id,
      title: event.title,
      start: event.date.start ?? '',
      end: event.date.end ?? '',
      precision: event.date.precision,
      certainty: event.date.certainty,
      type: event.type,
      status: event.status,
      organizations: event.organizations.join('; '),
      countries: event.countries.join('; '),
      places: event.places.join('; '),
      people: event.people
        .map((person) => (person.role ? `${person.name} (${person.role})` : person.name))
        .join('; '),
      sources: event.sources.map((source) => `${source.file}:${source.start}-${source.end}`).join('; '),
      summary: event.summary,
    };
    return CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function toJson(events: readonly TimelineEvent[], viewUrl: string): string {
  return JSON.stringify({ view: viewUrl, count: events.length, events }, null, 2) + '\n';
}

function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > 73) {
    parts.push(rest.slice(0, 73));
    rest = rest.slice(73);
  }
  parts.push(rest);
  return parts.join('\r\n ');
}

function icsDay(isoDay: string, plusDays = 0): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** Dated events as all-day calendar entries (undated ones cannot be placed in a calendar). */
export function toIcs(events: readonly TimelineEvent[], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CSTO Timeline//Explorer//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const event of events) {
    const { start, end } = event.date;
    if (start === null || end === null) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@csto-timeline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDay(start)}`,
      `DTEND;VALUE=DATE:${icsDay(end, 1)}`,
      `SUMMARY:${icsText(event.title)}`,
      `DESCRIPTION:${icsText(event.summary)}`,
      ...(event.places.length ? [`LOCATION:${icsText(event.places.join(', '))}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
