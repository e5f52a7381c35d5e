// Datelines: the place and day a news item was published, on a line of its own ("31.03.2023",
// "Minsk, 31.03.2023.", "31.03.2023 Minsk", "Yerevan, 23 November 2022", "November 23, 2022", "Posted:
// 10.02.2023 17:26:00", "Saturday, 16 September 2023 17:51", "• 24 November, 2017") or glued before the
// lead ("Minsk, 31.03.2023. The CSTO ...").
import { isValidDay, type DayDate } from './dates/calendar.ts';
import { MONTH_PATTERN, monthNumber } from './dates/months.ts';
import type { Dateline } from './dates/index.ts';

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the dateline, including a place and a final full stop or dash. */
  length: number;
}

const MAX_DATELINE_LENGTH = 60;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?`;
const PLACE = String.raw`(?!${WEEKDAY})[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,2}`;
const PLACE_BEFORE = String.raw`(?:(?<placeBefore>${PLACE}),?\s+)?`;
const PLACE_AFTER = String.raw`(?:\s*[,–—-]?\s*(?<placeAfter>${PLACE}))?`;
const DOTTED = String.raw`(?<day>\d{1,2})[./](?<month>\d{1,2})[./](?<year>\d{4})`;
// The written forms may leave the year out ("15 May. 16:50" heads a page of the day): such a line dates
// nothing (isUndatedDateline).
const DAY_MONTH = String.raw`(?<day>\d{1,2})\s+(?<month>${MONTH_PATTERN})(?:,?\s+(?<year>\d{4}))?`;
const MONTH_DAY = String.raw`(?<month>${MONTH_PATTERN})\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?`;
// "08 / 06 / 2016": slashes set off by spaces, on a line of its own only.
const SPACED_SLASHES = String.raw`(?<day>\d{1,2}) / (?<month>\d{1,2}) / (?<year>\d{4})`;

// What pages print around a dateline's date: a bullet, a label, the weekday, and the time of day before
// or after it, with its time zone ("16:14, 24 May 2022", "8 May. 17:50 (UTC+3 MSK)", "4 July 2016 - 17:00").
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const ZONE = String.raw`(?:\s*\((?:UTC|GMT)[^()]{0,12}\)|\s+(?:UTC|GMT|MSK)(?:\s?[+-]\d{1,2})?)`;
const BEFORE_DATE = String.raw`(?:[•·▪]\s*)?(?:(?:Posted|Published|Updated)(?:\s+on)?\s*:?\s+)?(?:(?<weekday>${WEEKDAY}),?\s+)?(?:(?<timeBefore>${TIME}),?\s+)?`;
const AFTER_DATE = String.raw`(?:\s*[,.]?\s*(?:[-–—|]\s*)?(?:at\s+)?(?<timeAfter>${TIME})${ZONE}?)?`;

const DATE_FORMS = [DOTTED, DAY_MONTH, MONTH_DAY, SPACED_SLASHES];

// A line that is only a dateline: the date, optionally with the place before (and a comma) or after.
const STANDALONE = DATE_FORMS.map(
  (form) =>
    new RegExp(String.raw`^${BEFORE_DATE}${PLACE_BEFORE}(?<date>${form})${AFTER_DATE}\.?${PLACE_AFTER}\.?$`),
);
// A dateline glued before the lead: only the dotted date (written dates open ordinary sentences), with a
// full stop or a dash after it, or written straight onto the lead's first word ("23.12.2014The ..."),
// and a capital after that.
const GLUED = new RegExp(
  String.raw`^(?:(?<placeBefore>${PLACE}),\s*)?(?<date>${DOTTED})(?:\s*(?:\.|[–—-])\s*|(?=[A-Z]))(?=["“«]?[A-Z])`,
);

/** The dateline that makes up the whole line, or null. */
export function readStandaloneDateline(line: string): DatelineMatch | null {
  const m = matchStandalone(line);
  return m && !isAmbiguousTimestamp(m) ? toMatch(m, m[0].length) : null;
}

/**
 * A line shaped as a dateline that dates nothing: a day and month without a year, beside the time or the
 * weekday ("15 May. 16:50", "17:34, 15 November", "Friday, May 15"), or a timestamp with slashes, which
 * pages write month first as often as day first ("05/08/2020 08:00:00"). It still heads its item.
 */
export function isUndatedDateline(line: string): boolean {
  const m = matchStandalone(line);
  if (!m) return false;
  const { year, weekday, timeBefore, timeAfter } = m.groups!;
  const clocked = (timeBefore ?? timeAfter ?? weekday) !== undefined;
  return (year === undefined && clocked) || isAmbiguousTimestamp(m);
}

/** A dateline glued before the text of a paragraph, or null. */
export function readGluedDateline(paragraph: string): DatelineMatch | null {
  const m = GLUED.exec(paragraph);
  return m ? toMatch(m, m[0].length) : null;
}

function matchStandalone(line: string): RegExpExecArray | null {
  if (line.length > MAX_DATELINE_LENGTH || !/\d/.test(line)) return null;
  for (const pattern of STANDALONE) {
    const m = pattern.exec(line);
    if (m) return m;
  }
  return null;
}

const isAmbiguousTimestamp = (m: RegExpExecArray): boolean =>
  m.groups!.date!.includes('/') && (m.groups!.timeBefore ?? m.groups!.timeAfter) !== undefined;

function toMatch(m: RegExpExecArray, length: number): DatelineMatch | null {
  const { placeBefore, placeAfter, date: text, day, month, year } = m.groups!;
  if (year === undefined) return null;
  const date: DayDate = { day: Number(day), month: monthNumber(month!) ?? Number(month), year: Number(year) };
  if (!isValidDay(date)) return null;
  const place = placeBefore ?? placeAfter;
  return { dateline: { date, text: text!, ...(place && { place }) }, length };
}
