/** A date bound as the URL writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date). */
const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isDateBound(value: string): boolean {
  const match = BOUND.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  return Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a `from` bound includes, as `YYYY-MM-DD`. */
export function firstDayOf(bound: string): string {
  const [year, month = '01', day = '01'] = bound.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a `to` bound includes, as `YYYY-MM-DD`. */
export function lastDayOf(bound: string): string {
  const [year = '', month, day] = bound.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return bound;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
}
