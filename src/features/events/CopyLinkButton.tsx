import { useState } from 'react';

/** Copies a link to the clipboard; where that is not allowed, shows the link to copy by hand. */
export function CopyLinkButton({ url }: { url: string }) {
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
        Copy link
      </button>
      <span role="status" className="text-sm text-slate-700">
        {state === 'copied' && 'Link copied'}
      </span>
      {state === 'manual' && (
        <input
          readOnly
          aria-label="Link to this event"
          value={url}
          className="field w-full"
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
