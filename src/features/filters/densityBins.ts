import { formatMonth } from '../../lib/formatDate';
import { firstDayOf, lastDayOf } from './dateBounds';

/** One bar of the density strip: a period, as the date bounds that choose it, and its count. */
export interface DensityBin {
  label: string;
  /** The `from` and `to` bounds (CONTRACT.md §3) that choose exactly this period. */
  from: string;
  to: string;
  count: number;
}

/** The first and last month (`YYYY-MM`) with a dated event in the dataset. */
export interface MonthExtent {
  first: string;
  last: string;
}

const UNITS = [
  { months: 1, bin: monthBin },
  { months: 3, bin: quarterBin },
  { months: 12, bin: yearBin },
] as const;

function monthIndex(isoMonth: string): number {
  return Number(isoMonth.slice(0, 4)) * 12 + Number(isoMonth.slice(5, 7)) - 1;
}

function isoMonth(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthBin(first: number) {
  const month = isoMonth(first);
  return { label: formatMonth(month), from: month, to: month };
}

function quarterBin(first: number) {
  const quarter = Math.floor((first % 12) / 3) + 1;
  return { label: `Q${quarter} ${Math.floor(first / 12)}`, from: isoMonth(first), to: isoMonth(first + 2) };
}

function yearBin(first: number) {
  const year = String(Math.floor(first / 12));
  return { label: year, from: year, to: year };
}

/**
 * Counts per month gathered into at most `maxBins` equal periods (months, quarters or years,
 * whichever is finest) across the dataset's extent, so the strip keeps its axis while filters change.
 */
export function densityBins(
  countsByMonth: ReadonlyMap<string, number>,
  extent: MonthExtent,
  maxBins = 48,
): DensityBin[] {
  const firstMonth = monthIndex(extent.first);
  const lastMonth = monthIndex(extent.last);
  const unit =
    UNITS.find(({ months }) => Math.ceil((lastMonth - firstMonth + 1) / months) <= maxBins) ?? UNITS[2];
  const start = firstMonth - (firstMonth % unit.months);
  const bins: DensityBin[] = [];
  for (let binStart = start; binStart <= lastMonth; binStart += unit.months) {
    let count = 0;
    for (let month = binStart; month < binStart + unit.months; month++)
      count += countsByMonth.get(isoMonth(month)) ?? 0;
    bins.push({ ...unit.bin(binStart), count });
  }
  return bins;
}

/** Whether a bin lies within the view's date bounds (both null: nothing is chosen). */
export function isBinChosen(bin: DensityBin, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return false;
  return (
    (from === null || lastDayOf(bin.to) >= firstDayOf(from)) &&
    (to === null || firstDayOf(bin.from) <= lastDayOf(to))
  );
}

/** The dataset's first and last month with a dated event; null when nothing is dated. */
export function monthExtentOf(
  events: readonly { date: { start: string | null; end: string | null } }[],
): MonthExtent | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of events) {
    if (date.start === null || date.end === null) continue;
    if (first === null || date.start < first) first = date.start;
    if (last === null || date.start > last) last = date.start;
  }
  return first === null || last === null ? null : { first: first.slice(0, 7), last: last.slice(0, 7) };
}
