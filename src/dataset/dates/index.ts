// Passage → the date of the event it reports. When several dates appear, the finest one wins (a day
// beats "last year"; a strategy "up to 2025" is not a date at all), ties going to the first.
import type { DateRecord } from '../../schema/dataset.ts';
import { findDateMentions, type DateMention } from './mentions.ts';
import { datelineRecord, resolveMention, undated, type DateContext } from './resolve.ts';

export { findDateMentions, type DateMention } from './mentions.ts';
export type { DateContext, Dateline, YearContext } from './resolve.ts';

export interface PassageDate {
  record: DateRecord;
  /** The phrase the date was read from (absent when it came from the dateline or there is none). */
  mention?: DateMention;
}

const PRECISION_RANK = { day: 3, month: 2, year: 1, unknown: 0 } as const;

export function readPassageDate(
  passage: string,
  ctx: DateContext = {},
  mentions = findDateMentions(passage),
): PassageDate {
  let best: PassageDate | undefined;
  for (const mention of mentions) {
    const record = resolveMention(mention, ctx);
    if (record.precision === 'unknown') continue;
    if (!best || PRECISION_RANK[record.precision] > PRECISION_RANK[best.record.precision])
      best = { record, mention };
  }
  if (best) return best;
  const unresolved = mentions.find((m) => m.relativeDay === undefined);
  if (unresolved) return { record: undated(unresolved.text), mention: unresolved };
  if (ctx.dateline) return { record: datelineRecord(ctx.dateline) };
  return { record: undated('') };
}
