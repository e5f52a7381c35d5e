// Passage → the date of the event it reports. When several dates appear, the finest one wins (a day
// beats "last year"; a strategy "up to 2025" is not a date at all), ties going to the first.
import type { DateRecord } from '../../schema/dataset.ts';
import { findDateMentions, type DateMention } from './mentions.ts';
import { isCited, isPlanYear, wireDateOf } from './roles.ts';
import { datelineRecord, resolveMention, undated, type DateContext } from './resolve.ts';
import { sentenceAt } from '../text.ts';

export { findDateMentions, type DateMention } from './mentions.ts';
export { isPlanYear, wireDateOf } from './roles.ts';
export type { DateContext, Dateline, NearbyDate, YearContext } from './resolve.ts';

export interface PassageDate {
  record: DateRecord;
  /** The phrase the date was read from (absent when it came from the dateline or there is none). */
  mention?: DateMention;
}

const PRECISION_RANK = { day: 3, month: 2, year: 1, unknown: 0 } as const;

export function readPassageDate(
  passage: string,
  itemContext: DateContext = {},
  allMentions = findDateMentions(passage),
): PassageDate {
  const wire = wireDateOf(passage, allMentions);
  const mentions = wire ? allMentions.filter((m) => m !== wire) : allMentions;
  const ctx = wire && !itemContext.dateline ? withWireDateline(itemContext, wire) : itemContext;
  let best: PassageDate | undefined;
  let cited: PassageDate | undefined;
  let counted: PassageDate | undefined;
  for (const mention of mentions) {
    const record = resolveMention(mention, withNamedYear(passage, mention, ctx));
    if (record.precision === 'unknown' || isPlanYear(passage, mention)) continue;
    // "20 years ago, on <date>": the day the passage was written, counted from a date it recalls. Its
    // dateline, or any date the passage reports, says it better.
    if (mention.anniversary?.since) {
      counted ??= { record, mention };
      continue;
    }
    // A date the passage cites rather than reports: an act's date ("the decision ... dated September 5,
    // 2008") or a past fact recalled ("we recall that on April 28, 2003"). It is the event's date only
    // when nothing else dates the passage (not even its dateline).
    if (isCited(passage, mention)) {
      cited ??= { record, mention };
      continue;
    }
    if (!best || PRECISION_RANK[record.precision] > PRECISION_RANK[best.record.precision])
      best = { record, mention };
  }
  if (best) return best;
  if (counted) return ctx.dateline ? { record: datelineRecord(ctx.dateline) } : counted;
  // An observance the item's dateline could not date ("28 April is the Day of ...") is the event; a
  // year recalled beside it ("We recall that on 28 April 2003 ...") is history, not its date.
  const observance = mentions.find((m) => m.observance || m.anniversary);
  if (observance) return { record: undated(observance.text), mention: observance };
  if (cited) return ctx.dateline ? { record: datelineRecord(ctx.dateline) } : cited;
  // Without a dateline, "Today, ..." stays undated with its phrase kept; under one it is the dateline.
  const unresolved = mentions.find((m) => m.relativeDay === undefined || !ctx.dateline);
  if (unresolved) return { record: undated(unresolved.text), mention: unresolved };
  if (ctx.dateline) return { record: datelineRecord(ctx.dateline) };
  return { record: undated('') };
}

// An exercise, training or operation named with its year: "Rubezh-2024", "Combat Brotherhood-2019" or
// "Interaction 2015" in quotes, or a capitalised name and year before the kind of event it is.
const NAMED_WITH_YEAR =
  /\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*-((?:19|20)\d\d)\b|["“«][A-Z][\w -]{1,40}?[ -]((?:19|20)\d\d)["”»]|\b[A-Z][a-z]+(?: [A-Z][a-z]+)* ((?:19|20)\d\d)(?= (?:joint |special |command[- ](?:and[- ])?staff )?(?:exercises?|drills?|trainings?|operations?)\b)/g;

/**
 * A year-less date whose own sentence names an exercise or operation with its year ("In the period from
 * May 21 to May 24 ... staff negotiations ... on the joint exercise "Interaction-2019""), when nothing
 * nearer gives the year and every name there gives the same one.
 */
function withNamedYear(passage: string, m: DateMention, ctx: DateContext): DateContext {
  if (m.start.year !== undefined || (m.relativeYear ?? 0) !== 0 || ctx.dateline || ctx.storyYear) return ctx;
  const { start, end } = sentenceAt(passage, m.index);
  const names = [...passage.slice(start, end).matchAll(NAMED_WITH_YEAR)];
  const years = new Set(names.map((n) => n[1] ?? n[2] ?? n[3]));
  if (years.size !== 1) return ctx;
  const note = `Year taken from the name ${names[0]![0].trim()} in the same sentence`;
  return { ...ctx, namedYear: { year: Number([...years][0]), note } };
}

/** A wire dateline with its full date dates the report like the item's own dateline. */
function withWireDateline(ctx: DateContext, wire: DateMention): DateContext {
  const { year, month, day } = wire.start;
  if (year === undefined || month === undefined || day === undefined) return ctx;
  return { ...ctx, dateline: { date: { year, month, day }, text: wire.text.trim() } };
}
