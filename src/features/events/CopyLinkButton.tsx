import { useState } from 'react';

export interface CopyLinkButtonProps {
  url: string;
  label?: string;
  /** The name of the field that shows the link when the clipboard is not allowed. */
  manualLabel?: string;
}

/** Copies a link to the clipboard; where that is not allowed, shows the link to copy by hand. */
export function CopyLinkButton({
  url,
  label = 'Copy link',
  manualLabel = 'Link to this event',
}: CopyLinkButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn-secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {state === 'copied' && 'Link copied'}
      </span>
      {state === 'manual' && (
        <input
          readOnly
          aria-label={manualLabel}
          value={url}
          className="field w-full"
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
