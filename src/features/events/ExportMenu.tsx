import type { TimelineEvent } from '../../schema/dataset';
import { toCsv, toIcs, toJson } from './exportEvents';

export interface ExportMenuProps {
  events: readonly TimelineEvent[];
  /** The URL of the current view, recorded in the JSON export so the file says where it came from. */
  viewUrl: string;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Exactly the filtered events, as CSV, JSON or a calendar. */
export function ExportMenu({ events, viewUrl }: ExportMenuProps) {
  const formats: [string, () => void][] = [
    ['CSV', () => download('csto-events.csv', 'text/csv;charset=utf-8', toCsv(events))],
    ['JSON', () => download('csto-events.json', 'application/json', toJson(events, viewUrl))],
    ['ICS', () => download('csto-events.ics', 'text/calendar;charset=utf-8', toIcs(events, new Date()))],
  ];
  return (
    <div role="group" aria-label="Export the events shown" className="flex flex-wrap items-center gap-1.5">
      <span className="text-sm text-slate-700">Export</span>
      {formats.map(([label, run]) => (
        <button
          key={label}
          type="button"
          className="btn-secondary"
          onClick={run}
          disabled={events.length === 0}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
