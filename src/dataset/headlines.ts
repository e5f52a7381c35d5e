// Does a headline belong to the text below it, and does a headline alone report a dated event? Pages that
// put one item per line mix headlines of one story with the lead of another, and index pages list bare
// headlines, some of them ending in the event's full date.
import { isoDay, type DayDate } from './dates/calendar.ts';
import type { DateMention } from './dates/index.ts';
import { sentenceAt } from './text.ts';

// Words every item of this site shares, and function words: they say nothing about which story it is.
const COMMON_WORDS = new Set(
  (
    'the and for with from into onto that this these those which who whom whose was were has have had ' +
    'will would been being are its their his her our about over under between within during after before ' +
    'upon also than then there here such other another all any each some more most csto collective security ' +
    'treaty organization organisation organizations member states state republic federation general secretary ' +
    'deputy head heads chief took part held hosted place meeting meetings'
  ) // meet verbs say little
    .split(' '),
);
const STEM = 5;
// Fewer content words than this and a headline cannot be judged: it is kept with the text below.
const MIN_HEADLINE_WORDS = 3;
// A headline sharing less than this share of its content words with the lead is not the lead's title.
const MIN_SHARED = 0.2;
// A paragraph restating the lead below it shares at least this share of its content words.
const MIN_RESTATED = 0.5;

function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z\u00c0-\u024f][a-z\u00c0-\u024f'’-]{2,}/g) ?? [])
    if (!COMMON_WORDS.has(word)) stems.add(word.slice(0, STEM));
  return stems;
}

/** The share of a text's content words that the lead also uses, or null when it has too few to judge. */
function sharedWithLead(text: string, lead: string): number | null {
  const own = contentStems(text);
  if (own.size < MIN_HEADLINE_WORDS) return null;
  const below = contentStems(lead);
  let shared = 0;
  for (const stem of own) if (below.has(stem)) shared++;
  return shared / own.size;
}

/** Whether a headline names the story of the lead below it (they share some names, bodies or nouns). */
export function headlineFitsLead(headline: string, lead: string): boolean {
  return (sharedWithLead(headline, lead) ?? 1) >= MIN_SHARED;
}

/**
 * Whether a paragraph announces the very item below it ("The Council will meet in Minsk on May 26." over
 * "On May 26, 2020, the Council met in Minsk ...", or "A meeting ... was held on 17-18 April 2024" over
 * "18.04.2024 The meeting was held in Moscow ..."): every date it names is a day without a year that the
 * lead names, or a day or span holding the item's dateline, and it is set as a title (no final stop) or
 * the sentence that names the first of those days is mostly in the lead's words (a teaser's second
 * sentence may add others). A paragraph about another event names another day or other things.
 */
export function restatesLead(
  text: string,
  mentions: readonly DateMention[],
  lead: string,
  leadMentions: readonly DateMention[],
  dateline?: DayDate,
): boolean {
  const leadNamesDay = ({ start }: DateMention) =>
    start.year === undefined &&
    start.day !== undefined &&
    leadMentions.some((l) => l.start.month === start.month && l.start.day === start.day);
  const holdsDateline = (m: DateMention) => dateline !== undefined && spansDay(m, dateline);
  const first = mentions[0];
  if (!first || !mentions.every((m) => leadNamesDay(m) || holdsDateline(m))) return false;
  if (!endsAsSentence(text)) return true;
  const sentence = sentenceAt(text, first.index);
  return (sharedWithLead(text.slice(sentence.start, sentence.end), lead) ?? 0) >= MIN_RESTATED;
}

export const endsAsSentence = (text: string) => /[.!?…]["”»')\]]*$/.test(text);

/** A mention of a full day, or of a span of days, that holds `day`. */
function spansDay({ start, end }: DateMention, day: DayDate): boolean {
  if (start.year === undefined || start.month === undefined || start.day === undefined) return false;
  const last = { year: end.year ?? start.year, month: end.month ?? start.month, day: end.day ?? start.day };
  const iso = isoDay(day);
  return isoDay(start as DayDate) <= iso && iso <= isoDay(last);
}

/**
 * The full date that closes a headline after a comma ("…, October 7, 2020"): an index page's headline
 * then reports its event alone. A date inside the headline ("… that arose on July 12, 2020") may be
 * another fact's, so it does not count.
 */
export function closingFullDate(headline: string, mentions: readonly DateMention[]): DateMention | null {
  for (const m of mentions) {
    const { day, month, year } = m.start;
    if (day === undefined || month === undefined || year === undefined) continue;
    const before = headline.slice(0, m.index);
    const after = headline.slice(m.index + m.text.length);
    if (/,\s*$/.test(before) && /^[\s.)]*$/.test(after)) return m;
  }
  return null;
}
