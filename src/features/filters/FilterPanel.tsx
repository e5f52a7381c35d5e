import { useId, useMemo } from 'react';
import type { Country, EventType } from '../../schema/dataset';
import { EVENT_TYPE_ORDER, eventTypeLabel } from '../../lib/eventTypes';
import { DateBoundInput } from './DateBoundInput';
import { FacetSelect } from './FacetSelect';
import type { FacetCounts } from './facetCounts';
import type { OrgRegistry } from './orgRegistry';
import { hasActiveFilters, type View } from './view';

export interface FilterPanelProps {
  view: View;
  counts: FacetCounts;
  registry: OrgRegistry;
  countries: readonly Country[];
  onChange(change: Partial<View>): void;
  onClear(): void;
}

export function FilterPanel({ view, counts, registry, countries, onChange, onClear }: FilterPanelProps) {
  const searchId = useId();
  const countryOptions = useMemo(
    () => [...countries].sort((a, b) => a.name.localeCompare(b.name)),
    [countries],
  );
  return (
    <form
      role="search"
      aria-label="Filters"
      className="grid gap-4"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="grid gap-1">
        <label htmlFor={searchId} className="text-sm font-semibold text-slate-800">
          Search
        </label>
        <input
          id={searchId}
          type="search"
          value={view.q}
          placeholder="Titles, text, people, places"
          onChange={(event) => onChange({ q: event.target.value })}
          className="field"
        />
      </div>
      <FacetSelect
        label="Organization"
        selected={view.org}
        onChange={(org) => onChange({ org })}
        options={registry.ordered.map(({ org, depth }) => ({
          value: org.id,
          label: depth === 0 ? org.id : org.name,
          count: counts.org.get(org.id) ?? 0,
          depth,
        }))}
      />
      <FacetSelect
        label="Country"
        selected={view.country}
        onChange={(country) => onChange({ country })}
        options={countryOptions.map((country) => ({
          value: country.id,
          label: country.name,
          count: counts.country.get(country.id) ?? 0,
        }))}
      />
      <FacetSelect
        label="Type"
        selected={view.type}
        onChange={(type) => onChange({ type: type as EventType[] })}
        options={EVENT_TYPE_ORDER.map((type) => ({
          value: type,
          label: eventTypeLabel(type),
          count: counts.type.get(type) ?? 0,
        }))}
      />
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-sm font-semibold text-slate-800">
          Dates <span className="font-normal text-slate-600">(YYYY, YYYY-MM or YYYY-MM-DD)</span>
        </legend>
        <DateBoundInput
          key={`from-${view.from}`}
          label="From"
          value={view.from}
          onCommit={(from) => onChange({ from })}
        />
        <DateBoundInput
          key={`to-${view.to}`}
          label="To"
          value={view.to}
          onCommit={(to) => onChange({ to })}
        />
      </fieldset>
      <button
        type="button"
        className="btn-secondary justify-self-start"
        onClick={onClear}
        disabled={!hasActiveFilters(view)}
      >
        Clear filters
      </button>
    </form>
  );
}
