import { Suspense, useMemo } from 'react';
import type { EventType, TimelineEvent } from '../../schema/dataset';
import { preloadedLazy } from '../../lib/preloadedLazy';
import { GROUPINGS, type Grouping, type OrgRegistry } from '../filters';
import { TimelineLegend } from './TimelineLegend';
import { useHasPainted } from './useHasPainted';
import { timelineLanes } from './timelineGroups';
import { placeItems, type PlacedItem } from './levelOfDetail';
import { toTimelineItems } from './toTimelineItems';

// vis-timeline is the largest dependency by far: it has its own chunk, which starts loading with
// the app (beside the dataset) but is only put to work once the list has painted.
const TimelineView = preloadedLazy(() => import('./TimelineView'));

const GROUPING_LABELS: Record<Grouping, string> = {
  none: 'None',
  type: 'Type',
  organization: 'Organisation',
};

// As tall as the timeline with its buttons and hint, so nothing below jumps when it arrives.
const loadingTimeline = (
  <p className="h-[23rem] text-sm text-slate-600 @min-[40rem]:h-[28rem]">Loading the timeline…</p>
);

export interface TimelinePanelProps {
  /** Every event of the dataset: their items are built once, not on every filter change. */
  allEvents: readonly TimelineEvent[];
  /** The filtered events, dated or not (undated ones are left off the axis). */
  events: readonly TimelineEvent[];
  registry: OrgRegistry;
  grouping: Grouping;
  onGroupingChange(grouping: Grouping): void;
  selectedId: string | null;
  onSelect(id: string): void;
}

export function TimelinePanel({
  allEvents,
  events,
  registry,
  grouping,
  onGroupingChange,
  selectedId,
  onSelect,
}: TimelinePanelProps) {
  const painted = useHasPainted();
  const lanes = useMemo(() => timelineLanes(grouping, registry), [grouping, registry]);
  // Each event's items, with their times parsed, are built once per dataset and grouping.
  const placedByEvent = useMemo(() => {
    const byEvent = new Map<TimelineEvent, PlacedItem[]>();
    if (!painted) return byEvent;
    for (const event of allEvents) byEvent.set(event, placeItems(toTimelineItems([event], lanes?.lanesOf)));
    return byEvent;
  }, [allEvents, lanes, painted]);
  // Runs on every filter change over up to all events: one plain loop, keyed by the event objects.
  const { placed, types, usedLanes } = useMemo(() => {
    const shown: PlacedItem[] = [];
    const shownTypes = new Set<EventType>();
    const shownLanes = new Set<string>();
    for (const event of events) {
      shownTypes.add(event.type);
      for (const entry of placedByEvent.get(event) ?? []) {
        shown.push(entry);
        if (entry.item.group !== undefined) shownLanes.add(entry.item.group);
      }
    }
    return { placed: shown, types: [...shownTypes].sort(), usedLanes: [...shownLanes].sort().join('\n') };
  }, [events, placedByEvent]);
  // Only lanes with something in them: eleven type lanes, most empty, would bury the rest. The
  // key keeps the lanes (and vis-timeline's redraw of them) unchanged while the same ones are used.
  const groups = useMemo(() => {
    const used = new Set(usedLanes.split('\n'));
    return lanes ? lanes.groups.filter((group) => used.has(group.id)) : null;
  }, [lanes, usedLanes]);
  return (
    <section aria-label="Timeline of events" className="panel flex flex-col gap-3 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <TimelineLegend types={types} />
        <label className="flex items-center gap-2 text-sm">
          Group by
          <select
            value={grouping}
            onChange={(event) => onGroupingChange(event.target.value as Grouping)}
            className="field py-1"
          >
            {GROUPINGS.map((option) => (
              <option key={option} value={option}>
                {GROUPING_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {painted ? (
        <Suspense fallback={loadingTimeline}>
          <TimelineView placed={placed} groups={groups} selectedId={selectedId} onSelect={onSelect} />
        </Suspense>
      ) : (
        loadingTimeline
      )}
    </section>
  );
}
