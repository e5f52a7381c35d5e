import { useMemo, useRef, useState } from 'react';
import type { Dataset } from '../schema/dataset';
import {
  CopyLinkButton,
  EventCount,
  EventDetails,
  EventList,
  EventNotFound,
  ExportMenu,
  UndatedTray,
  neighboursOf,
} from '../features/events';
import { DensityStrip, FilterPanel, withoutFilters, type View } from '../features/filters';
import { TimelinePanel } from '../features/timeline';
import { useExplorerModel } from './useExplorerModel';
import { useViewActions } from './viewState';

export interface ExplorerWorkspaceProps {
  dataset: Dataset;
  /** Where the dataset was read from: its documents are published beside it. */
  datasetUrl: string;
  view: View;
}

export function ExplorerWorkspace({ dataset, datasetUrl, view }: ExplorerWorkspaceProps) {
  const { updateFilters, selectEvent, shareUrl } = useViewActions();
  const model = useExplorerModel(dataset, datasetUrl, view);
  const rootRef = useRef<HTMLDivElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Where the open event was picked, so that closing its details gives focus back there.
  const pickedFrom = useRef<'list' | 'timeline'>('list');
  const selectFromList = (id: string) => {
    pickedFrom.current = 'list';
    selectEvent(id);
  };
  const selectFromTimeline = (id: string) => {
    pickedFrom.current = 'timeline';
    selectEvent(id);
  };
  const undated = useMemo(
    () => model.filtered.filter((event) => event.date.start === null),
    [model.filtered],
  );
  const hrefFor = (id: string) => shareUrl({ ...view, event: id });
  const viewUrl = shareUrl({ ...view, event: null, embed: false });

  const closeDetails = () => {
    const closed = view.event;
    selectEvent(null);
    // Focus goes back to where the event was picked from: the timeline, or its row in the list
    // (else the timeline). Event ids are URL-safe by the schema: no escaping in a selector.
    const root = rootRef.current;
    const timeline = root?.querySelector<HTMLElement>('[aria-label="Timeline"]');
    const row = closed ? root?.querySelector<HTMLElement>(`[data-event-id="${closed}"]`) : null;
    (pickedFrom.current === 'timeline' ? timeline : (row ?? timeline))?.focus();
  };

  const selected = view.event === null ? null : (model.byId.get(view.event) ?? null);
  const details =
    view.event === null ? null : selected === null ? (
      <EventNotFound id={view.event} onClose={closeDetails} />
    ) : (
      <EventDetails
        event={selected}
        {...neighboursOf(model.filtered, selected)}
        shareUrl={shareUrl({ ...view, embed: false })}
        onSelect={selectEvent}
        onClose={closeDetails}
        organizationOf={(id) => model.registry.byId.get(id)}
        countryName={model.countryName}
        sourceDocument={model.sourceDocument}
      />
    );

  return (
    <div ref={rootRef} className="grid gap-4 @5xl:grid-cols-[17rem_minmax(0,1fr)]">
      <aside
        aria-label="Filters and export"
        className="panel grid gap-4 self-start p-4 @5xl:sticky @5xl:top-4 @5xl:max-h-[calc(100cqh-2rem)] @5xl:overflow-y-auto"
      >
        <button
          type="button"
          className="btn-secondary @5xl:hidden"
          aria-expanded={filtersOpen}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filtersOpen ? 'Hide filters' : 'Show filters'}
        </button>
        <div className={filtersOpen ? 'grid gap-4' : 'hidden gap-4 @5xl:grid'}>
          <FilterPanel
            view={view}
            counts={model.counts}
            registry={model.registry}
            countries={dataset.countries}
            onChange={updateFilters}
            onClear={() => updateFilters(withoutFilters(view))}
          />
          <CopyLinkButton url={viewUrl} label="Copy link to this view" manualLabel="Link to this view" />
          <ExportMenu events={model.filtered} viewUrl={viewUrl} />
        </div>
      </aside>
      <div className="grid min-w-0 content-start gap-4">
        {model.density.length > 0 && (
          <div className="panel p-3">
            <DensityStrip
              bins={model.density}
              from={view.from}
              to={view.to}
              onChange={(bounds) => updateFilters(bounds)}
            />
          </div>
        )}
        <TimelinePanel
          allEvents={model.events}
          events={model.filtered}
          registry={model.registry}
          grouping={view.group}
          onGroupingChange={(group) => updateFilters({ group })}
          selectedId={view.event}
          onSelect={selectFromTimeline}
        />
        <UndatedTray events={undated} onSelect={selectFromList} hrefFor={hrefFor} />
        <div
          className={`grid items-start gap-4 ${details ? '@7xl:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]' : ''}`}
        >
          <section aria-label="List of events" className="panel min-w-0 overflow-hidden">
            <div className="border-b border-slate-200 px-3 py-2">
              <EventCount shown={model.filtered.length} total={model.events.length} />
            </div>
            <EventList
              events={model.filtered}
              selectedId={view.event}
              onSelect={selectFromList}
              hrefFor={hrefFor}
            />
          </section>
          {details && (
            <div className="order-first min-w-0 @7xl:sticky @7xl:top-4 @7xl:order-none">{details}</div>
          )}
        </div>
      </div>
    </div>
  );
}
