import { useId } from 'react';
import { formatNumber } from '../../lib/formatDate';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  depth?: number;
}

export interface FacetSelectProps {
  label: string;
  options: FacetOption[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/**
 * A native multiple select: keyboard and screen-reader support come with it, and each choice
 * shows how many events it would give with the other filters as they are.
 */
export function FacetSelect({ label, options, selected, onChange }: FacetSelectProps) {
  const id = useId();
  const hintId = useId();
  // The label is not wrapped around the select: a wrapping label would add the options' text to
  // the control's accessible name.
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        multiple
        size={Math.min(Math.max(options.length, 3), 7)}
        value={[...selected]}
        aria-describedby={hintId}
        onChange={(event) => onChange([...event.target.selectedOptions].map((option) => option.value))}
        className="field font-normal"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {'\u00a0\u00a0\u00a0'.repeat(option.depth ?? 0)}
            {option.label} ({formatNumber(option.count)})
          </option>
        ))}
      </select>
      <p id={hintId} className="text-xs text-slate-600">
        {selected.length ? `${selected.length} chosen. ` : ''}Ctrl or ⌘ + click to choose several.
      </p>
    </div>
  );
}
