// Passage → the date of the event it reports. When several dates appear, the finest one wins (a day
// beats "last year"; a strategy "up to 2025" is not a date at all), ties going to the first.
import type { DateRecord } from '../../schema/dataset.ts';
import { findDateMentions, type DateMention } from './mentions.ts';
import { isCited, isPlanYear, wireDateOf } from './roles.ts';
import { datelineRecord, resolveMention, undated, type DateContext } from './resolve.ts';

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
    const record = resolveMention(mention, ctx);
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

/** A wire dateline with its full date dates the report like the item's own dateline. */
function withWireDateline(ctx: DateContext, wire: DateMention): DateContext {
  const { year, month, day } = wire.start;
  if (year === undefined || month === undefined || day === undefined) return ctx;
  return { ...ctx, dateline: { date: { year, month, day }, text: wire.text.trim() } };
}
