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
// or after it, and its time zone, in brackets, after a bar or bare ("16:14, 24 May 2022", "8 May. 17:50 (UTC+3
// MSK)", "16:29, 14 May 2012 | GMT +6", "16:29, 14 May 2012 (GMT+6)", "4 July 2016 - 17:00").
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const ZONE_NAME = String.raw`(?:UTC|GMT|MSK)(?:\s?[+-]\s?\d{1,2}(?::\d{2})?)?`;
const ZONE = String.raw`(?:\s*\((?:UTC|GMT)[^()]{0,12}\)|\s*\|\s*${ZONE_NAME}|\s+${ZONE_NAME})`;
const BEFORE_DATE = String.raw`(?:[•·▪]\s*)?(?:(?:Posted|Published|Updated)(?:\s+on)?\s*:?\s+)?(?:(?<weekday>${WEEKDAY}),?\s+)?(?:(?<timeBefore>${TIME}),?\s+)?`;
const AFTER_DATE = String.raw`(?:\s*[,.]?\s*(?:[-–—|]\s*)?(?:at\s+)?(?<timeAfter>${TIME}))?${ZONE}?`;

const DATE_FORMS = [DOTTED, DAY_MONTH, MONTH_DAY, SPACED_SLASHES];

// A line that is only a dateline: the date, optionally with the place before (and a comma) or after, and
// a dash when the report goes on on the next line ("MOSCOW, 3 March –").
const DASH_AFTER = String.raw`(?:\s*(?<dash>[–—-]))?`;
const STANDALONE = DATE_FORMS.map(
  (form) =>
    new RegExp(
      String.raw`^${BEFORE_DATE}${PLACE_BEFORE}(?<date>${form})${AFTER_DATE}\.?${PLACE_AFTER}\.?${DASH_AFTER}$`,
    ),
);
// An agency's city, written in capitals: what it heads is a report, not a title ("MOSCOW, 3 March").
const CITY_IN_CAPITALS = /^[A-Z][A-Z'’ -]{2,}$/;
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
 * weekday ("15 May. 16:50", "17:34, 15 November", "Friday, May 15"), after an agency's city in capitals
 * or before a dash ("MOSCOW, 3 March –"), or a timestamp with slashes, which pages write month first as
 * often as day first ("05/08/2020 08:00:00"). It still heads its item.
 */
export function isUndatedDateline(line: string): boolean {
  const m = matchStandalone(line);
  return m !== null && datesNothing(m);
}

function datesNothing(m: RegExpExecArray): boolean {
  const { year, weekday, timeBefore, timeAfter, dash, placeBefore } = m.groups!;
  const headsReport =
    (timeBefore ?? timeAfter ?? weekday ?? dash) !== undefined ||
    (placeBefore !== undefined && CITY_IN_CAPITALS.test(placeBefore));
  return (year === undefined && headsReport) || isAmbiguousTimestamp(m);
}

/** A line that is only a dateline, dated or not: it heads an item, so it is a paragraph of its own. */
export function isDatelineLine(line: string): boolean {
  const m = matchStandalone(line);
  return m !== null && ((!isAmbiguousTimestamp(m) && toMatch(m, m[0].length) !== null) || datesNothing(m));
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

// A timestamp with slashes is written month first as often as day first: only a number above 12 tells
// which is the day ("04/16/2020 15:57:33" is April 16).
const isAmbiguousTimestamp = (m: RegExpExecArray): boolean =>
  m.groups!.date!.includes('/') &&
  (m.groups!.timeBefore ?? m.groups!.timeAfter) !== undefined &&
  Number(m.groups!.day) <= 12 &&
  Number(m.groups!.month) <= 12;

function toMatch(m: RegExpExecArray, length: number): DatelineMatch | null {
  const { placeBefore, placeAfter, date: text, year } = m.groups!;
  if (year === undefined) return null;
  const monthFirst = text!.includes('/') && Number(m.groups!.month) > 12;
  const [day, month] = monthFirst ? [m.groups!.month, m.groups!.day] : [m.groups!.day, m.groups!.month];
  const date: DayDate = { day: Number(day), month: monthNumber(month!) ?? Number(month), year: Number(year) };
  if (!isValidDay(date)) return null;
  const place = placeBefore ?? placeAfter;
  return { dateline: { date, text: text!, ...(place && { place }) }, length };
}

// --- a news agency's dateline opening the report ---------------------------------------------------------

/**
 * A news agency's dateline at the start of a report: the city in capitals, then the day the report was
 * filed and the agency ("DUSHANBE, May 27, 2016, Asia-Plus —", "MINSK, 3 March (BelTA) –", "MOSCOW (TASS):",
 * "YEREVAN, APRIL 12, ARMENPRESS.", "MOSCOW, August 25. /TASS/.").
 */
export interface WireOpening {
  city: string;
  /** Where the filing date starts, right after the city's comma or full stop (near the start only). */
  dateAt?: number;
  /** The opening up to the report's first word, when a dash, a colon or the agency's name closes it. */
  length?: number;
  /** The text is nothing but the dateline, with the agency's name between slashes ("/TASS/."). */
  isWhole: boolean;
}

// The city is followed by a comma or full stop ("MINSK, 3 March"), or by the agency in brackets.
const WIRE_CITY = /^[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]{2,}){0,2}(?=[,.]|\s\()/;
const MAX_WIRE_DATE_AT = 29;
// What closes the opening, within a few words, then the report's first word: a dash ("PSKOV. KAZINFORM -
// The ...", "DUSHANBE, December 13, 2011, Asia-Plus -- A ..."), an agency's name in capitals after a full stop ("MOSCOW. May 14. KAZINFORM Global ..."), a
// colon, or the full stop after a name in capitals ("YEREVAN, APRIL 12, ARMENPRESS."). Tried in that
// order, so that the city's own full stop does not end an opening that goes on.
const WIRE_OPENING_END =
  /(?:[^–—:]{0,40}?\s(?:--|[–—-])|[^–—:]{0,40}?\.\s+[A-Z]{4,}(?=\s+["“«]?[A-Z][a-z])|[^–—:]{0,40}?(?::|(?<=[A-Z]{3})\.))\s+(?=["“«]?[A-Z])/y;
const WIRE_DATELINE_ONLY = /[^.]{1,30}\.\s*\/[^/]{1,20}\/\.?$/y;

/** The agency's dateline that opens `text`, or null. */
export function readWireOpening(text: string): WireOpening | null {
  const city = WIRE_CITY.exec(text);
  if (!city) return null;
  const cityEnd = city[0].length;
  const opening: WireOpening = { city: city[0], isWhole: false };
  const separator = text.charAt(cityEnd);
  if (separator === ',' || separator === '.') {
    let dateAt = cityEnd + 1;
    while (/\s/.test(text.charAt(dateAt))) dateAt++;
    if (dateAt <= MAX_WIRE_DATE_AT) opening.dateAt = dateAt;
  }
  WIRE_OPENING_END.lastIndex = cityEnd;
  const end = WIRE_OPENING_END.exec(text);
  if (end) opening.length = cityEnd + end[0].length;
  if (separator === ',') {
    WIRE_DATELINE_ONLY.lastIndex = cityEnd + 1;
    opening.isWhole = WIRE_DATELINE_ONLY.test(text);
  }
  return opening;
}
