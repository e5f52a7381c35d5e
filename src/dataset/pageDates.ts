// The dated items around an item on a list page: where a year-less item may take its year from
// (resolve.ts picks the one its day lies closest to).
import type { Analysers } from './analysers.ts';
import { dayOfIso } from './dates/calendar.ts';
import { readPassageDate, type NearbyDate } from './dates/index.ts';
import type { Item } from './segment.ts';

interface DatedItem extends NearbyDate {
  index: number;
}

/** The news items of a page dated to the day by their dateline or their lead's own full date. */
function datedNewsItems(items: readonly Item[], analysers: Analysers): DatedItem[] {
  const dated: DatedItem[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'news') return;
    if (item.dateline) {
      dated.push({ index, date: item.dateline.date, text: item.dateline.text });
      return;
    }
    const { record } = readPassageDate(item.lead.text, {}, analysers.mentionsOf(item.lead.text));
    if (record.certainty === 'explicit' && record.precision === 'day' && record.start) {
      dated.push({ index, date: dayOfIso(record.start), text: record.text.trim() });
    }
  });
  return dated;
}

/**
 * The dates of the nearest dated items before and after an item, when at least two items of the page
 * are dated: a lone dated paragraph may be history recalled ("the treaty was signed on 15 May 1992").
 */
function nearestDates(dated: readonly DatedItem[], index: number): NearbyDate[] {
  if (dated.length < 2) return [];
  const before = dated.findLast((d) => d.index < index);
  const after = dated.find((d) => d.index > index);
  return [before, after].flatMap((d) => (d ? [{ date: d.date, text: d.text }] : []));
}

/** The nearby dates of the item at an index; the page's dated items are read on the first call only. */
export function nearbyDatesOnPage(
  items: readonly Item[],
  analysers: Analysers,
): (index: number) => NearbyDate[] {
  let dated: DatedItem[] | undefined;
  return (index) => nearestDates((dated ??= datedNewsItems(items, analysers)), index);
}
