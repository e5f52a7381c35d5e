// A date mention + what the item around it says → a date record. The only places a missing year may
// come from: the item's dateline, the same article's explicit years, the dated items beside it on a
// list page, or arithmetic (anniversaries).
import type { DateRecord } from '../../schema/dataset.ts';
import { addDays, dayNumber, dayOfIso, daysInMonth, isoDay, isValidDay, type DayDate } from './calendar.ts';
import { foundingOf } from './foundings.ts';
import type { Anniversary, DateMention, DateParts } from './mentions.ts';

export interface Dateline {
  date: DayDate;
  text: string;
  /** The place named beside the date ("Minsk, 31.03.2023."), where the item was reported from. */
  place?: string;
}

export interface YearContext {
  year: number;
  /** How the year was found, for `date.note`. */
  note: string;
}

export interface DateContext {
  dateline?: Dateline;
  /** The latest explicit year of the same article (never another item's). */
  storyYear?: YearContext;
  /** The year in the name of the exercise or operation the date's own sentence names ("Rubezh-2024"). */
  namedYear?: YearContext;
  /** The event a relative phrase ("on the eve of") refers to. */
  anchor?: DateRecord;
  /** The full dates of the nearest dated items before and after it on a list page, for an item with no year. */
  nearbyDates?: NearbyDate[];
}

export interface NearbyDate {
  date: DayDate;
  /** The phrase (or dateline) it was read from, for `date.note`. */
  text: string;
}

// Items of a news list lie weeks apart: a year-less day further than this from its neighbour's date in
// every year is not placed by it.
const MAX_DAYS_FROM_NEARBY_DATE = 120;

type Precision = 'day' | 'month' | 'year';

export function undated(text: string): DateRecord {
  return { start: null, end: null, precision: 'unknown', certainty: 'unknown', text };
}

export function datelineRecord({ date, text }: Dateline): DateRecord {
  return { start: isoDay(date), end: isoDay(date), precision: 'day', certainty: 'explicit', text };
}

export function resolveMention(m: DateMention, ctx: DateContext): DateRecord {
  if (m.anniversary) return resolveAnniversary(m, m.anniversary, ctx.dateline);
  if (m.observance) return resolveObservance(m, ctx);
  if (m.relativeToAnchor !== undefined) return resolveFromAnchor(m, ctx.anchor);
  if (m.relativeDay !== undefined) return resolveFromDateline(m, m.relativeDay, ctx.dateline);
  if (m.start.year !== undefined) return withDatelineInMonth(dated(m.start, m.end, m.text, 'explicit'), ctx);
  if (ctx.dateline && m.relativeYear === undefined) return resolveFromDatelineYear(m, ctx.dateline);
  const base =
    contextYear(ctx) ?? (m.relativeYear === undefined ? yearNear(m.start, ctx.nearbyDates ?? []) : undefined);
  if (!base) return undated(m.text);
  const year = base.year + (m.relativeYear ?? 0);
  const start = { ...m.start, year };
  const end = { ...m.end, year: m.end.year ?? year };
  const note =
    m.relativeYear === undefined ? base.note : `${base.note}; "${m.text.trim()}" read against ${base.year}`;
  return dated(start, end, m.text, 'inferred', note);
}

/**
 * A year-less date read in the year of the item's dateline. CONTRACT §2: a date is explicit when every
 * component is written in the passage or its dateline. A dateline writes the year of its own day only:
 * when the passage names that very day ("on June 30" under 30.06.2025), the whole date is written in
 * the dateline, so it is explicit. For any other day or a range the year is an assumption (an item of
 * 5 January may report "December 28" of the year before): inferred.
 */
function resolveFromDatelineYear(m: DateMention, dateline: Dateline | undefined): DateRecord {
  if (!dateline) return undated(m.text);
  const year = dateline.date.year;
  const record = dated({ ...m.start, year }, { ...m.end, year: m.end.year ?? year }, m.text, 'inferred');
  const day = isoDay(dateline.date);
  if (record.precision === 'day' && record.start === day && record.end === day)
    return { ...record, certainty: 'explicit' };
  return { ...record, note: `Year taken from the item's dateline ${dateline.text}` };
}

/** An observed day in its dateline's year, else in the year a nearby dated item on the page says. */
function resolveObservance(m: DateMention, ctx: DateContext): DateRecord {
  if (ctx.dateline) return resolveFromDatelineYear(m, ctx.dateline);
  const near = yearNear(m.start, ctx.nearbyDates ?? []);
  if (!near) return undated(m.text);
  return dated({ ...m.start, year: near.year }, { ...m.end, year: near.year }, m.text, 'inferred', near.note);
}

/**
 * "The December 2014 session ... completed its work" under the dateline 23.12.2014. The item was
 * reported on that day, but the passage names only the month: a session reported as completed may have
 * ended days before its report, and "in December 2014" may sum up a month of work. So the date keeps
 * month precision (every component of it is written) and the note says the dateline falls in that
 * month. Only a phrase naming the day itself ("today", "this day") is dated at the dateline's day
 * (resolveFromDateline).
 */
function withDatelineInMonth(record: DateRecord, ctx: DateContext): DateRecord {
  if (record.precision !== 'month' || !ctx.dateline || record.start === null || record.end === null)
    return record;
  const day = isoDay(ctx.dateline.date);
  if (day < record.start || day > record.end) return record;
  const note = `The item's dateline ${ctx.dateline.text} falls in this month; the passage does not name the day`;
  return { ...record, note };
}

function contextYear(ctx: DateContext): YearContext | undefined {
  if (ctx.dateline) {
    const d = ctx.dateline.date;
    return { year: d.year, note: `Year taken from the item's dateline ${ctx.dateline.text}` };
  }
  return ctx.storyYear ?? ctx.namedYear;
}

/**
 * The year that puts a year-less date closest to a nearby item's date ("On 28 December" beside
 * "On January 12, 2025" is 2024), taking the nearby item it lies closest to, if that is close enough.
 */
function yearNear(parts: DateParts, nearby: readonly NearbyDate[]): YearContext | undefined {
  const { month, day = 15 } = parts;
  if (month === undefined) return undefined;
  let best: { year: number; days: number; from: NearbyDate } | undefined;
  for (const from of nearby) {
    for (const year of [from.date.year - 1, from.date.year, from.date.year + 1]) {
      const days = Math.abs(dayNumber({ year, month, day }) - dayNumber(from.date));
      if (!best || days < best.days) best = { year, days, from };
    }
  }
  if (!best || best.days > MAX_DAYS_FROM_NEARBY_DATE) return undefined;
  return { year: best.year, note: `Year taken from a nearby dated item on the page ("${best.from.text}")` };
}

/**
 * An anniversary counted from its founding act: the act the passage dates ("20 years ago, on April 28,
 * 2003") or the table's act for its subject. The day is the one the passage observes, else the act's.
 */
function resolveAnniversary(
  m: DateMention,
  anniversary: Anniversary,
  dateline: Dateline | undefined,
): DateRecord {
  const observed = m.start.month !== undefined ? m.start : undefined;
  const founding = anniversary.since
    ? { date: anniversary.since, act: `the passage recalls the act of ${isoDay(anniversary.since)}` }
    : foundingOf(anniversary.of, observed);
  if (!founding) return resolveFromDatelineYear(m, dateline);
  const year = founding.date.year + anniversary.ordinal;
  const day = { ...(observed ?? founding.date), year };
  const note = `Year computed: ${founding.act}, plus ${anniversary.ordinal} years`;
  return dated(day, day, m.text, 'inferred', note);
}

function resolveFromDateline(m: DateMention, days: number, dateline: Dateline | undefined): DateRecord {
  if (!dateline) return undated(m.text);
  const day = addDays(dateline.date, days);
  if (days === 0)
    return dated(day, day, m.text, 'explicit', `"${m.text.trim()}" is the item's dateline ${dateline.text}`);
  return dated(
    day,
    day,
    m.text,
    'inferred',
    `"${m.text.trim()}" counted from the item's dateline ${dateline.text}`,
  );
}

function resolveFromAnchor(m: DateMention, anchor: DateRecord | undefined): DateRecord {
  if (!anchor || anchor.precision !== 'day' || !anchor.start) return undated(m.text);
  const eve = addDays(dayOfIso(anchor.start), m.relativeToAnchor ?? 0);
  return dated(
    eve,
    eve,
    m.text,
    'inferred',
    `The day before the event reported just before it (${anchor.start})`,
  );
}

function dated(
  start: DateParts,
  end: DateParts,
  text: string,
  certainty: 'explicit' | 'inferred',
  note?: string,
): DateRecord {
  const precision: Precision | null =
    start.day !== undefined
      ? 'day'
      : start.month !== undefined
        ? 'month'
        : start.year !== undefined
          ? 'year'
          : null;
  const first = precision && firstDay(start, precision);
  const last = precision && lastDay({ ...end, year: end.year ?? start.year }, precision);
  if (!precision || !first || !last || isoDay(last) < isoDay(first)) return undated(text);
  const record: DateRecord = { start: isoDay(first), end: isoDay(last), precision, certainty, text };
  return note ? { ...record, note } : record;
}

function firstDay(p: DateParts, precision: Precision): DayDate | null {
  if (p.year === undefined) return null;
  const d = { year: p.year, month: p.month ?? 1, day: precision === 'day' ? (p.day ?? 1) : 1 };
  return isValidDay(d) ? d : null;
}

function lastDay(p: DateParts, precision: Precision): DayDate | null {
  if (p.year === undefined) return null;
  const month = p.month ?? 12;
  const day = precision === 'day' && p.day !== undefined ? p.day : daysInMonth(p.year, month);
  const d = { year: p.year, month, day };
  return isValidDay(d) ? d : null;
}
