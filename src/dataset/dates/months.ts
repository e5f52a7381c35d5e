const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  const index = MONTHS.findIndex((m) => m.startsWith(key));
  return key.length === 3 && index >= 0 ? index + 1 : undefined;
}

export const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));
