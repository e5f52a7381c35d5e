// Does a headline belong to the text below it, and does a headline alone report a dated event? Pages that
// put one item per line mix headlines of one story with the lead of another, and index pages list bare
// headlines, some of them ending in the event's full date.
import type { DateMention } from './dates/index.ts';

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
 * "On May 26, 2020, the Council met in Minsk ..."): it names only days without a year, each a day the lead
 * names, in mostly the lead's words. A paragraph about another event names another day or other things.
 */
export function restatesLead(
  text: string,
  mentions: readonly DateMention[],
  lead: string,
  leadMentions: readonly DateMention[],
): boolean {
  const leadNamesDay = ({ start }: DateMention) =>
    start.year === undefined &&
    start.day !== undefined &&
    leadMentions.some((l) => l.start.month === start.month && l.start.day === start.day);
  return (
    mentions.length > 0 && mentions.every(leadNamesDay) && (sharedWithLead(text, lead) ?? 0) >= MIN_RESTATED
  );
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
