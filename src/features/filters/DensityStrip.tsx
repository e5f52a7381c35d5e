import { useId, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { formatCount } from '../../lib/formatDate';
import { isBinChosen, type DensityBin } from './densityBins';

export interface DensityStripProps {
  bins: readonly DensityBin[];
  from: string | null;
  to: string | null;
  onChange(bounds: { from: string | null; to: string | null }): void;
}

interface Drag {
  anchor: number;
  current: number;
}

/**
 * How many events fall in each period (with every filter but the dates), and a brush for the
 * dates: drag across the bars, or click one; click the only chosen bar again to clear. By
 * keyboard the bars are one tab stop: arrows move, Enter chooses, Shift+Enter extends, Escape clears.
 */
export function DensityStrip({ bins, from, to, onChange }: DensityStripProps) {
  const hintId = useId();
  const barsRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const [drag, setDrag] = useState<Drag | null>(null);
  const highest = Math.max(1, ...bins.map((bin) => bin.count));
  const chosen = bins.map((bin, index) =>
    drag
      ? index >= Math.min(drag.anchor, drag.current) && index <= Math.max(drag.anchor, drag.current)
      : isBinChosen(bin, from, to),
  );

  const choose = (a: number, b: number) => {
    const first = bins[Math.min(a, b)]!;
    const last = bins[Math.max(a, b)]!;
    const alreadyChosen = first.from === from && last.to === to;
    onChange(alreadyChosen ? { from: null, to: null } : { from: first.from, to: last.to });
  };

  const binAtPointer = (event: PointerEvent): number => {
    const rect = event.currentTarget.getBoundingClientRect();
    const index = Math.floor(((event.clientX - rect.left) / rect.width) * bins.length);
    return Math.min(bins.length - 1, Math.max(0, index));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const bar = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (event.button !== 0 || !bar) return;
    const index = Number(bar.dataset.index);
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDrag({ anchor: index, current: index });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ ...drag, current: binAtPointer(event) });
  };
  const onPointerUp = () => {
    if (drag) choose(drag.anchor, drag.current);
    setDrag(null);
  };

  const moveFocus = (index: number) => {
    const next = Math.min(bins.length - 1, Math.max(0, index));
    setFocusIndex(next);
    barsRef.current?.querySelectorAll('button')[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: focusIndex - 1,
      ArrowRight: focusIndex + 1,
      Home: 0,
      End: bins.length - 1,
    };
    if (event.key in moves) moveFocus(moves[event.key]!);
    else if (event.key === 'Escape' && (from || to)) onChange({ from: null, to: null });
    else return;
    event.preventDefault();
  };
  // Pointer clicks are handled as a drag of one bar; this is Enter or Space (a click of detail 0).
  const onKeyboardClick = (event: MouseEvent, index: number) => {
    if (event.detail !== 0) return;
    const firstChosen = chosen.indexOf(true);
    if (!event.shiftKey || firstChosen === -1) return choose(index, index);
    choose(Math.min(firstChosen, index), Math.max(chosen.lastIndexOf(true), index));
  };

  if (bins.length === 0) return null;
  return (
    <div role="group" aria-label="Events over time" aria-describedby={hintId} className="grid gap-1">
      <div
        ref={barsRef}
        className="flex h-14 touch-pan-y items-end gap-px select-none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        onKeyDown={onKeyDown}
      >
        {bins.map((bin, index) => (
          <button
            key={bin.from}
            type="button"
            data-index={index}
            tabIndex={index === focusIndex ? 0 : -1}
            aria-pressed={chosen[index]}
            aria-label={`${bin.label}: ${formatCount(bin.count, 'event')}`}
            title={`${bin.label}: ${formatCount(bin.count, 'event')}`}
            onFocus={() => setFocusIndex(index)}
            onClick={(event) => onKeyboardClick(event, index)}
            className="flex h-full min-w-0 flex-1 cursor-pointer items-end rounded-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
          >
            <span
              aria-hidden
              className={`w-full rounded-t-sm ${bin.count === 0 ? 'bg-slate-300' : chosen[index] ? 'bg-blue-700' : 'bg-slate-500'}`}
              style={{ height: bin.count === 0 ? '2px' : `${Math.max(8, (bin.count / highest) * 100)}%` }}
            />
          </button>
        ))}
      </div>
      <div className="flex justify-between gap-2 text-xs text-slate-600" aria-hidden>
        <span>{bins[0]!.label}</span>
        <span>{bins.at(-1)!.label}</span>
      </div>
      <p id={hintId} className="text-xs text-slate-600">
        Events over time, other filters applied. Drag or click to choose dates, click again to clear; keys:
        arrows, Enter, Shift+Enter, Escape.
      </p>
    </div>
  );
}
