import { formatCount, formatNumber } from '../../lib/formatDate';

/** The live count; its text starts with the number (CONTRACT.md §4). */
export function EventCount({ shown, total }: { shown: number; total: number }) {
  return (
    <p role="status" className="text-sm font-medium text-slate-700">
      {formatCount(shown, 'event')}
      {shown !== total && <span className="font-normal text-slate-600"> of {formatNumber(total)}</span>}
    </p>
  );
}
