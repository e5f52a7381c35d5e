// Items → event candidates: date, type, status, entities, title and summary of each item, read from the
// item alone plus its own context (dateline, same article's years, the item it directly continues).
import type { DateRecord, EventType, Person } from '../schema/dataset.ts';
import { classifyStatus, classifyType, speaksOfFuture } from './classify.ts';
import { isoDay } from './dates/calendar.ts';
import { readPassageDate, type DateMention, type YearContext } from './dates/index.ts';
import type { findMentions } from './entities/index.ts';
import type { Span } from './read.ts';
import type { Item, MentionReader } from './segment.ts';
import { cleanProse, sentenceAt, sentenceSpans, truncateAtWord } from './text.ts';

export interface EventCandidate {
  file: string;
  span: Span;
  headline: string | null;
  /** The lead paragraph, cleaned: what ids and duplicates are computed from. */
  lead: string;
  /** Lead and continuations, cleaned, joined by blank lines. */
  text: string;
  /** A short title from the clause that reports the event. */
  clauseTitle: string;
  summary: string;
  type: EventType;
  status: 'held' | 'planned';
  date: DateRecord;
  organizations: string[];
  countries: string[];
  places: string[];
  people: Person[];
}

const MAX_TITLE = 110;
const MAX_SUMMARY = 320;

/** Text analysers, memoised by the caller: the same passage recurs across many pages. */
export interface Analysers {
  mentionsOf: MentionReader;
  entitiesOf: (text: string) => ReturnType<typeof findMentions>;
  peopleOf: (text: string) => Person[];
}

export function extractCandidates(
  file: string,
  items: readonly Item[],
  analysers: Analysers,
): EventCandidate[] {
  const { mentionsOf, entitiesOf, peopleOf } = analysers;
  const storyYears = latestExplicitYears(items, mentionsOf);
  const candidates: EventCandidate[] = [];
  items.forEach((item, index) => {
    const lead = cleanProse(item.lead.text);
    const anchor = item.follows !== undefined ? candidates[item.follows]?.date : undefined;
    const storyYear = storyYears.get(item.story);
    const datelineIso = item.dateline ? isoDay(item.dateline.date) : undefined;
    const { record, mention } = readPassageDate(
      lead,
      {
        ...(item.dateline && { dateline: item.dateline }),
        ...(storyYear && { storyYear }),
        ...(anchor && { anchor }),
      },
      mentionsOf(lead),
    );
    const clause = reportingClause(lead, mention, mentionsOf(lead));
    const paragraphs = [item.lead, ...item.continuations].map((b) => cleanProse(b.text));
    const headline = item.headline ? cleanProse(item.headline.text) : null;
    const places = entitiesOf([headline ?? '', lead].join('\n'));
    candidates[index] = {
      file,
      span: item.span,
      headline,
      lead,
      text: paragraphs.join('\n\n'),
      clauseTitle: titleFromClause(clause, mention),
      summary: summaryOf(lead),
      type: classifyType(lead, clause, item.kind === 'news'),
      status: classifyStatus(clause, record.start, datelineIso),
      date: record,
      organizations: places.organizations,
      countries: places.countries,
      places: places.places,
      people: mergePeople(peopleOf([...paragraphs, headline ?? ''].join('\n\n'))),
    };
  });
  return candidates;
}

/** The latest explicit year of each story, from sentences that are not about the future. */
function latestExplicitYears(items: readonly Item[], mentionsOf: MentionReader): Map<number, YearContext> {
  const years = new Map<number, YearContext>();
  for (const item of items) {
    for (const block of [item.lead, ...item.continuations]) {
      const text = cleanProse(block.text);
      for (const m of mentionsOf(text)) {
        const year = m.start.year;
        if (
          year === undefined ||
          speaksOfFuture(text.slice(sentenceAt(text, m.index).start, sentenceAt(text, m.index).end))
        )
          continue;
        if (year > (years.get(item.story)?.year ?? -Infinity)) {
          const where = item.kind === 'article' ? "the article's" : "the item's";
          years.set(item.story, {
            year,
            note: `Year taken from ${where} latest explicit year (${year}, "${m.text.trim()}")`,
          });
        }
      }
    }
  }
  return years;
}

/** The sentence that reports the event: the one holding its date, cut short of any other date in it. */
function reportingClause(lead: string, mention: DateMention | undefined, mentions: DateMention[]): string {
  if (!mention) {
    const first = sentenceSpans(lead)[0];
    return first ? lead.slice(first.start, first.end) : lead;
  }
  const sentence = sentenceAt(lead, mention.index);
  const others = mentions.filter((m) => m !== mention && m.index >= sentence.start && m.index < sentence.end);
  const start = Math.max(
    sentence.start,
    ...others.filter((m) => m.index < mention.index).map((m) => m.index + m.text.length),
  );
  const end = Math.min(sentence.end, ...others.filter((m) => m.index > mention.index).map((m) => m.index));
  return lead.slice(start, end);
}

function titleFromClause(clause: string, mention: DateMention | undefined): string {
  let text = clause;
  if (mention?.anniversary) text = text.replace(/^.*?\bmarks\s+the\s+/i, '');
  else if (mention && mention.relativeToAnchor === undefined) text = text.replace(mention.text, ' ');
  text = text
    .replace(/^\W*(?:In the period|In the course of)?\s*,?\s*/i, '')
    .replace(/\s+,/g, ',')
    .replace(/\s*\.\s+(?=[a-z])/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:.–—-]+$/g, '');
  const title = text.charAt(0).toUpperCase() + text.slice(1);
  return truncateAtWord(title || clause.trim() || 'Untitled passage', MAX_TITLE);
}

function summaryOf(lead: string): string {
  const sentences = sentenceSpans(lead).map((s) => lead.slice(s.start, s.end));
  const first = sentences[0] ?? lead;
  const summary = first.length < 120 && sentences[1] ? `${first} ${sentences[1]}` : first;
  return truncateAtWord(summary, MAX_SUMMARY);
}

export function mergePeople(people: Person[]): Person[] {
  const byName = new Map<string, Person>();
  for (const p of people) {
    const known = byName.get(p.name);
    if (!known) byName.set(p.name, { ...p });
    else if (!known.role && p.role) known.role = p.role;
  }
  return [...byName.values()];
}
