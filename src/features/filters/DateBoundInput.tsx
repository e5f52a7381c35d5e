import { useId, useState } from 'react';
import { isDateBound } from './dateBounds';

export interface DateBoundInputProps {
  label: string;
  value: string | null;
  onCommit(value: string | null): void;
}

/**
 * A date bound is only written to the URL once it is complete and valid (on Enter or leaving
 * the field), so half-typed years never filter the view. Give it `key={value}` so a change of
 * the URL from elsewhere (Back, Clear filters) resets the draft.
 */
export function DateBoundInput({ label, value, onCommit }: DateBoundInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  const id = useId();
  const hintId = useId();
  const trimmed = draft.trim();
  const invalid = trimmed !== '' && !isDateBound(trimmed);
  const commit = () => {
    if (!invalid) onCommit(trimmed || null);
  };
  return (
    <div className="grid min-w-0 content-start gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        className="field w-full min-w-0"
      />
      {invalid && (
        <span id={hintId} className="text-xs text-red-700">
          Use YYYY, YYYY-MM or YYYY-MM-DD.
        </span>
      )}
    </div>
  );
}
