import { useState } from 'react';
import type { TimelineEvent } from '../../schema/dataset';
import { formatCount } from '../../lib/formatDate';
import { selectOnPlainClick } from './plainClick';

export interface UndatedTrayProps {
  events: readonly TimelineEvent[];
  onSelect(id: string): void;
  hrefFor(id: string): string;
}

/** Undated events have no place on the time axis; they wait here instead of going missing. */
export function UndatedTray({ events, onSelect, hrefFor }: UndatedTrayProps) {
  // Rows are rendered only while the tray is open: a large dataset has hundreds of undated events.
  const [open, setOpen] = useState(false);
  if (events.length === 0) return null;
  return (
    <details
      className="rounded-md border border-dashed border-slate-400 bg-white px-3 py-2 text-sm"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer font-medium text-slate-800">
        Undated: {formatCount(events.length, 'event')} not on the timeline
      </summary>
      {open && (
        <ul aria-label="Undated" className="mt-2 grid gap-1">
          {events.map((event) => (
            <li key={event.id}>
              <a
                href={hrefFor(event.id)}
                className="text-blue-800 underline-offset-2 hover:underline"
                onClick={selectOnPlainClick(onSelect, event.id)}
              >
                {event.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
