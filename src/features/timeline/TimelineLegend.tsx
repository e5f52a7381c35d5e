import type { EventType } from '../../schema/dataset';
import { EVENT_TYPE_STYLES } from '../../lib/eventTypes';

/** Colours by type (only the types shown), and how approximate and inferred dates are drawn. */
export function TimelineLegend({ types }: { types: readonly EventType[] }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
      <ul aria-label="Legend" className="flex flex-wrap gap-x-3 gap-y-1">
        {types.map((type) => (
          <li key={type} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className="size-2.5 rounded-full"
              style={{ backgroundColor: EVENT_TYPE_STYLES[type].colour }}
            />
            {EVENT_TYPE_STYLES[type].label}
          </li>
        ))}
      </ul>
      <p className="flex flex-wrap gap-x-3">
        <span>
          <span
            aria-hidden
            className="mr-1 inline-block h-2.5 w-5 rounded-sm border border-dashed border-slate-600"
          />
          month or year only
        </span>
        <span>
          <span aria-hidden className="mr-1 font-bold">
            ≈
          </span>
          date inferred
        </span>
        <span className="italic">planned</span>
      </p>
    </div>
  );
}
