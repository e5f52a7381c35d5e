import type { DateRecord } from '../schema/dataset';

// Dataset days are calendar dates, not instants: format them in UTC so no time zone shifts them.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function utc(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

// Intl formatting is the costliest step of drawing 10,000 rows; dataset records never change.
const formatted = new WeakMap<DateRecord, string>();

/** A short human date: "16 February 2022", "27–30 March 2023", "March 2023", "2023", "Undated". */
export function formatDateRecord(date: DateRecord): string {
  let text = formatted.get(date);
  if (text === undefined) formatted.set(date, (text = formatUncached(date)));
  return text;
}

function formatUncached({ start, end, precision }: DateRecord): string {
  if (start === null || end === null || precision === 'unknown') return 'Undated';
  if (precision === 'year') return start.slice(0, 4);
  if (precision === 'month') return monthFormat.format(utc(start));
  if (start === end) return dayFormat.format(utc(start));
  return dayFormat.formatRange(utc(start), utc(end));
}

/** Precision and certainty in words, for the details panel. */
export function describeDateQuality(date: DateRecord): string {
  if (date.precision === 'unknown') return 'The sources give no date for this event.';
  const span =
    date.precision === 'year'
      ? 'Only the year is known.'
      : date.precision === 'month'
        ? 'Only the month is known.'
        : date.start === date.end
          ? 'A single day.'
          : 'Several days.';
  const certainty =
    date.certainty === 'explicit'
      ? 'The date is written in the passage.'
      : `The date is inferred: ${date.note ?? 'part of it (usually the year) comes from elsewhere in the document'}.`;
  return `${span} ${certainty}`;
}

export function formatCount(count: number, noun: string): string {
  return `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;
}
