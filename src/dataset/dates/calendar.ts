// Calendar arithmetic on plain components: no Date objects, so no time zone can shift a day.

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

export function isoDay({ year, month, day }: DayDate): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** `2024-09-03` → its components (the inverse of `isoDay`). */
export function dayOfIso(iso: string): DayDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(d: DayDate): boolean {
  return (
    d.year >= 1 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

export function addDays(d: DayDate, days: number): DayDate {
  let { year, month, day } = d;
  day += days;
  while (day < 1) {
    month -= 1;
    if (month < 1) [month, year] = [12, year - 1];
    day += daysInMonth(year, month);
  }
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) [month, year] = [1, year + 1];
  }
  return { year, month, day };
}

/** Days since 1 January 1970: for distances between days. */
export const dayNumber = ({ year, month, day }: DayDate): number =>
  Date.UTC(year, month - 1, day) / 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
