// Datelines: the place and day a news item was published, on a line of its own ("31.03.2023",
// "Minsk, 31.03.2023.", "31.03.2023 Minsk", "Yerevan, 23 November 2022", "November 23, 2022") or
// glued before the lead ("Minsk, 31.03.2023. The CSTO ...").
import { isValidDay, type DayDate } from './dates/calendar.ts';
import { MONTH_PATTERN, monthNumber } from './dates/months.ts';
import type { Dateline } from './dates/index.ts';

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the dateline, including a place and a final full stop or dash. */
  length: number;
}

const MAX_DATELINE_LENGTH = 60;
const PLACE = String.raw`[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,2}`;
const PLACE_BEFORE = String.raw`(?:(${PLACE}),?\s+)?`;
const PLACE_AFTER = String.raw`(?:\s*[,–—-]?\s*(${PLACE}))?`;
const DOTTED = String.raw`(\d{1,2})[./](\d{1,2})[./](\d{4})`;
const DAY_MONTH = String.raw`(\d{1,2})\s+(${MONTH_PATTERN})\s+(\d{4})`;
const MONTH_DAY = String.raw`(${MONTH_PATTERN})\s+(\d{1,2}),?\s+(\d{4})`;
// "08 / 06 / 2016": slashes set off by spaces, on a line of its own only.
const SPACED_SLASHES = String.raw`(\d{1,2}) / (\d{1,2}) / (\d{4})`;

interface DateForm {
  pattern: string;
  read: (groups: string[]) => DayDate;
}

const DATE_FORMS: readonly DateForm[] = [
  { pattern: DOTTED, read: ([d, m, y]) => ({ day: Number(d), month: Number(m), year: Number(y) }) },
  {
    pattern: DAY_MONTH,
    read: ([d, m, y]) => ({ day: Number(d), month: monthNumber(m!) ?? 0, year: Number(y) }),
  },
  {
    pattern: MONTH_DAY,
    read: ([m, d, y]) => ({ day: Number(d), month: monthNumber(m!) ?? 0, year: Number(y) }),
  },
  { pattern: SPACED_SLASHES, read: ([d, m, y]) => ({ day: Number(d), month: Number(m), year: Number(y) }) },
];

// A line that is only a dateline: the date, optionally with the place before (and a comma) or after.
const STANDALONE = DATE_FORMS.map(
  (form) => new RegExp(String.raw`^${PLACE_BEFORE}(${form.pattern})\.?${PLACE_AFTER}\.?$`),
);
// A dateline glued before the lead: only the dotted date (written dates open ordinary sentences), with a
// full stop or a dash after it, or written straight onto the lead's first word ("23.12.2014The ..."),
// and a capital after that.
const GLUED = new RegExp(
  String.raw`^(?:(${PLACE}),\s*)?(${DOTTED})(?:\s*(?:\.|[–—-])\s*|(?=[A-Z]))(?=["“«]?[A-Z])`,
);

/** The dateline that makes up the whole line, or null. */
export function readStandaloneDateline(line: string): DatelineMatch | null {
  if (line.length > MAX_DATELINE_LENGTH || !/\d/.test(line)) return null;
  for (const [i, pattern] of STANDALONE.entries()) {
    const m = pattern.exec(line);
    if (m) return toMatch(m, DATE_FORMS[i]!, m[0].length);
  }
  return null;
}

/** A dateline glued before the text of a paragraph, or null. */
export function readGluedDateline(paragraph: string): DatelineMatch | null {
  const m = GLUED.exec(paragraph);
  return m ? toMatch(m, DATE_FORMS[0]!, m[0].length) : null;
}

function toMatch(m: RegExpExecArray, form: DateForm, length: number): DatelineMatch | null {
  // Groups: the place before, the date, the date's three parts, the place after.
  const date = form.read(m.slice(3, 6));
  if (!isValidDay(date)) return null;
  const place = m[1] ?? m[6];
  return { dateline: { date, text: m[2]!, ...(place && { place }) }, length };
}
