// Items → event candidates: date, type, status, entities, title and summary of each item, read from the
// item alone plus its own context (dateline, same article's years, the item it directly continues).
import type { DateRecord, EventType, Person } from '../schema/dataset.ts';
import type { Analysers, ExplicitYear } from './analysers.ts';
import type { Mentions } from './entities/index.ts';
import { classifyStatus, classifyType } from './classify.ts';
import { dayOfIso, isoDay } from './dates/calendar.ts';
import {
  readPassageDate,
  type DateContext,
  type DateMention,
  type NearbyDate,
  type PassageDate,
} from './dates/index.ts';
import type { Span } from './read.ts';
import { DATES_THE_LEAD, type Item } from './segment.ts';
import { isCited } from './dates/roles.ts';
import { opensWithCircumstance } from './eventPhrase.ts';
import { nearbyDatesOnPage } from './pageDates.ts';
import { idForm } from './ids.ts';
import { sentencesOf } from './text.ts';
import {
  mainClause,
  reportingClause,
  reportingSentences,
  summaryOf,
  titleFromClause,
  titleFromEventPhrase,
} from './titles.ts';

/** What an item says, independent of where it was found: shared by every copy of the item. */
export interface ItemAnalysis {
  headline: string | null;
  /** Lead and continuations, cleaned, joined by blank lines: what duplicates are compared by. */
  text: string;
  /** A short title from the clause that reports the event. */
  clauseTitle: string;
  /** What the event's id is read from (ids.ts). */
  idForm: string;
  summary: string;
  type: EventType;
  status: 'held' | 'planned';
  date: DateRecord;
  organizations: string[];
  countries: string[];
  places: string[];
  people: Person[];
}

/** One copy of an item on one page; copies of the same item share their analysis object. */
export interface EventCandidate {
  file: string;
  span: Span;
  analysis: ItemAnalysis;
}

/** What an item's passages say apart from its date: the same lead under another dateline reads alike. */
type PassageReading = Omit<ItemAnalysis, 'status' | 'date'> & { clause: string };

/**
 * Item analyses of one build, keyed by everything an analysis reads (`analysisKey`), and the readings of
 * their passages, keyed by everything a reading reads (`readingKey`).
 */
export interface ItemAnalysisCache {
  analyses: TupleMap<ItemAnalysis>;
  readings: TupleMap<PassageReading>;
}

export const createItemAnalysisCache = (): ItemAnalysisCache => ({
  analyses: new TupleMap(),
  readings: new TupleMap(),
});

export function extractCandidates(
  file: string,
  items: readonly Item[],
  analysers: Analysers,
  cache: ItemAnalysisCache,
): EventCandidate[] {
  // An article's items share its years. A news item is a story of its own: its year is read from its
  // lead, which the analysis key holds already, so it is only looked up when analysing it.
  const articleYears = latestExplicitYears(
    items.filter((item) => item.kind === 'article'),
    analysers,
  );
  const candidates: EventCandidate[] = [];
  const nearbyDatesAt = nearbyDatesOnPage(items, analysers);
  items.forEach((item, index) => {
    // Only a phrase such as "on the eve of" reads the item before; other items must not depend on it,
    // or the copies of an item on different pages would not share their analysis.
    const readsAnchor = analysers.mentionsOf(item.lead.text).some((m) => m.relativeToAnchor !== undefined);
    const anchor =
      readsAnchor && item.follows !== undefined ? candidates[item.follows]?.analysis.date : undefined;
    const storyYear = articleYears.get(item.story);
    const nearby = lacksYear(item, analysers) ? nearbyDatesAt(index) : [];
    const key = analysisKey(item, storyYear, anchor, nearby);
    let analysis = cache.analyses.get(key);
    if (!analysis) {
      const ownYear = item.kind === 'article' ? storyYear : leadYear(item, analysers);
      const context = dateContext(item, ownYear, anchor, nearby);
      cache.analyses.set(key, (analysis = analyseItem(item, context, analysers, cache)));
    }
    candidates[index] = { file, span: item.span, analysis };
  });
  return candidates;
}

/** Everything an item's analysis reads. */
function analysisKey(
  item: Item,
  storyYear: ExplicitYear | undefined,
  anchor: DateRecord | undefined,
  nearby: readonly NearbyDate[],
): unknown[] {
  return [
    item.lead.text,
    item.kind,
    item.dateline,
    storyYear,
    anchor ? `${anchor.start} ${anchor.precision}` : '',
    nearby.map((d) => `${isoDay(d.date)} ${d.text}`).join('\n'),
    item.headline?.text,
    ...item.continuations.map((c) => c.text),
  ];
}

/**
 * A map keyed by a list of values, compared one by one (`===`). The values are the readers' memoised
 * texts and datelines, the same objects in every copy of a repeated paragraph, so no key string is built
 * (and hashed) per copy: one lookup by the first value (the item's lead), then a few short comparisons.
 */
class TupleMap<V> {
  private readonly byFirst = new Map<unknown, { key: readonly unknown[]; value: V }[]>();

  get(key: readonly unknown[]): V | undefined {
    for (const entry of this.byFirst.get(key[0]) ?? []) if (sameValues(entry.key, key)) return entry.value;
    return undefined;
  }

  set(key: readonly unknown[], value: V): void {
    const entries = this.byFirst.get(key[0]);
    if (entries) entries.push({ key, value });
    else this.byFirst.set(key[0], [{ key, value }]);
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function dateContext(
  item: Item,
  storyYear: ExplicitYear | undefined,
  anchor: DateRecord | undefined,
  nearby: readonly NearbyDate[],
): DateContext {
  const where = item.kind === 'article' ? "the article's" : "the item's";
  return {
    ...(item.dateline && { dateline: item.dateline }),
    ...(storyYear && {
      storyYear: {
        year: storyYear.year,
        note: `Year taken from ${where} latest explicit year (${storyYear.year}, "${storyYear.text}")`,
      },
    }),
    ...(anchor && { anchor }),
    ...(nearby.length > 0 && { nearbyDates: [...nearby] }),
  };
}

// A date in a relative clause ("the clashes that took place ... between 14 and 17 September") or of a
// noun after "of the" ("the decisions of the November 20-22 session") is another fact's: the items
// around the item say nothing of its year.
const OTHER_FACTS_DATE_BEFORE = /\b(?:that|which|who|whom|whose|where|when)\b[^,;.]*$|\bof the\s*$/i;

/**
 * A news item whose lead dates its event without a year ("On 20 December, ...") and has no dateline or
 * year of its own, or names a day observed every year ("28 April is the Day of ..."), which never takes
 * a year recalled beside it: on a list page, the items around it say which year.
 */
function lacksYear(item: Item, analysers: Analysers): boolean {
  if (item.kind !== 'news' || item.dateline) return false;
  const lead = item.lead.text;
  const yearless = analysers
    .mentionsOf(lead)
    .filter(
      (m) =>
        m.start.year === undefined &&
        m.start.month !== undefined &&
        m.relativeYear === undefined &&
        !m.anniversary &&
        !OTHER_FACTS_DATE_BEFORE.test(lead.slice(Math.max(0, m.index - 80), m.index)),
    );
  if (yearless.some((m) => m.observance)) return true;
  return yearless.length > 0 && leadYear(item, analysers) === undefined;
}

function analyseItem(
  item: Item,
  context: DateContext,
  analysers: Analysers,
  cache: ItemAnalysisCache,
): ItemAnalysis {
  const lead = item.lead.text;
  const mentions = analysers.mentionsOf(lead);
  const { record: leadRecord, mention } = readPassageDate(lead, context, mentions);
  const headline = item.headline?.text;
  const headlineDate = headline
    ? readPassageDate(headline, context, analysers.mentionsOf(headline))
    : undefined;
  const record =
    (!mention && (headlineDay(headlineDate) ?? continuationDate(item, context, analysers))) ||
    anniversaryOfLeadDate(leadRecord, headlineDate, context) ||
    leadRecord;
  const place = context.dateline?.place;
  const key = readingKey(item, mention, place);
  let reading = cache.readings.get(key);
  if (!reading) cache.readings.set(key, (reading = readPassages(item, mention, place, analysers)));
  const datelineIso = context.dateline ? isoDay(context.dateline.date) : undefined;
  // Listed, not spread: an object spread from a rest object is slow to read in every later stage.
  return {
    headline: reading.headline,
    text: reading.text,
    clauseTitle: reading.clauseTitle,
    idForm: reading.idForm,
    summary: reading.summary,
    type: reading.type,
    status: classifyStatus(reading.clause, record.start, datelineIso),
    date: record,
    organizations: reading.organizations,
    countries: reading.countries,
    places: reading.places,
    people: reading.people,
  };
}

/**
 * The day or days a headline gives in full when its lead names none ("A meeting ... was held on 17-18
 * April 2024" over "18.04.2024 The meeting was held in Moscow ..."): the event's own date, where the
 * dateline is the day it was reported.
 */
function headlineDay(headlineDate: PassageDate | undefined): DateRecord | undefined {
  if (!headlineDate?.mention) return undefined;
  const { record } = headlineDate;
  return record.precision === 'day' && record.certainty === 'explicit' ? record : undefined;
}

/**
 * The anniversary a headline names when the lead dates what it counts from ("The CSTO Joint Staff is 19
 * years old" over "On April 28, 2003, ... the Council decided to create ... the Joint Staff"): the event
 * is that day N years on, when the item's dateline (or the founding acts' table) falls in that year.
 */
function anniversaryOfLeadDate(
  leadRecord: DateRecord,
  headlineDate: PassageDate | undefined,
  context: DateContext,
): DateRecord | undefined {
  const mention = headlineDate?.mention;
  const ordinal = mention?.anniversary?.ordinal;
  if (!mention || ordinal === undefined || !leadRecord.start || leadRecord.precision !== 'day')
    return undefined;
  const founded = dayOfIso(leadRecord.start);
  const counted = headlineDate.record.start;
  const years = [context.dateline?.date.year, counted ? dayOfIso(counted).year : undefined];
  if (!years.includes(founded.year + ordinal)) return undefined;
  const iso = isoDay({ ...founded, year: founded.year + ordinal });
  const note = `Year computed: the passage's date ${leadRecord.start}, plus ${ordinal} years`;
  return {
    start: iso,
    end: iso,
    precision: 'day',
    certainty: 'inferred',
    text: mention.text,
    note,
  };
}

/** The date the paragraph after an undated lead gives its event ("The operation took place from ..."). */
function continuationDate(item: Item, context: DateContext, analysers: Analysers): DateRecord | undefined {
  const next = item.continuations[0]?.text;
  if (!next || !DATES_THE_LEAD.test(next)) return undefined;
  const { record, mention } = readPassageDate(next, context, analysers.mentionsOf(next));
  return mention && record.precision !== 'unknown' && !isCited(next, mention) ? record : undefined;
}

/** Everything a passage reading reads; `mention` is one of the lead's memoised mentions (one object). */
function readingKey(item: Item, mention: DateMention | undefined, place: string | undefined): unknown[] {
  return [
    item.lead.text,
    item.kind,
    mention,
    place,
    item.headline?.text,
    ...item.continuations.map((c) => c.text),
  ];
}

function readPassages(
  item: Item,
  mention: DateMention | undefined,
  place: string | undefined,
  analysers: Analysers,
): PassageReading {
  const { mentionsOf, entitiesOf, peopleOf } = analysers;
  const lead = item.lead.text;
  const mentions = mentionsOf(lead);
  const clause = reportingClause(lead, mention, mentions);
  const main = mainClause(clause, mention);
  const paragraphs = [lead, ...item.continuations.map((b) => b.text)];
  const headline = item.headline?.text ?? null;
  const type = classifyType(lead, clause, item.kind === 'news', item.headline?.text);
  // A news item's lead is all about its event; an article's paragraph reports a fact in some of its
  // sentences and background in the others.
  const inArticle = item.kind === 'article';
  const sentences = reportingSentences(lead, inArticle ? mention : undefined);
  const reported = inArticle ? [clause, ...sentences.slice(1)].join(' ') : lead;
  // The dateline's place ("Minsk, 31.03.2023.") says where the item was reported from.
  // A news item's later paragraphs name its participating countries and venue too ("attended by the
  // defence ministers of Belarus and Kazakhstan"), read once per build each, without sentences that
  // only restate who the members are. Bodies named there are mostly background (a strategy's author),
  // so only those of the sentences that say who took part count.
  const found = combined([
    entitiesOf([headline ?? '', place ?? '', reported].join('\n')),
    ...(inArticle ? [] : item.continuations.map((b) => laterParagraphMentions(b.text, entitiesOf))),
  ]);
  // Per paragraph: a paragraph that recurs under many items (boilerplate) is read once.
  const people = mergePeople([...paragraphs, headline ?? ''].flatMap(peopleOf));
  return {
    headline,
    text: paragraphs.join('\n\n'),
    clause,
    clauseTitle:
      (namesEventLater(inArticle, main) && titleFromEventPhrase(main, type, people)) ||
      titleFromClause(main, clause, people),
    idForm: idForm(main || clause),
    summary: summaryOf(sentences),
    type,
    organizations: found.organizations,
    countries: found.countries,
    places: found.places,
    people,
  };
}

/**
 * Whether the main clause's opening is not the event: in an article the dated fact sits inside a
 * sentence about something else; elsewhere a circumstance left in front of the subject ("At the CSTO
 * Secretariat consultations ... took place") hides it.
 */
const namesEventLater = (inArticle: boolean, main: string) => inArticle || opensWithCircumstance(main);

/** The latest explicit year of each story, from sentences that are not about the future. */
function latestExplicitYears(items: readonly Item[], analysers: Analysers): Map<number, ExplicitYear> {
  const years = new Map<number, ExplicitYear>();
  for (const item of items) {
    for (const block of [item.lead, ...item.continuations]) {
      for (const found of analysers.explicitYearsOf(block.text)) {
        if (found.year > (years.get(item.story)?.year ?? -Infinity)) years.set(item.story, found);
      }
    }
  }
  return years;
}

/**
 * A news item's own year, from its lead only: its later paragraphs recall the past ("granted observer
 * status in 2013, ... In November 2014 the Council decided") or plan ahead, and on real pages their
 * latest year dated the lead's year-less day wrongly more often than not.
 */
function leadYear(item: Item, analysers: Analysers): ExplicitYear | undefined {
  let latest: ExplicitYear | undefined;
  for (const found of analysers.explicitYearsOf(item.lead.text))
    if (found.year > (latest?.year ?? -Infinity)) latest = found;
  return latest;
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

// "The CSTO includes Armenia, …", "Created in 1992, the Organization groups …": background, not the event's.
const MEMBERSHIP_SENTENCE =
  /\b(?:member (?:states|nations|countries) (?:are|include)|(?:includes|comprises|groups|grouping) (?:the )?(?:six|five|seven|Armenia|Belarus|Kazakhstan|Kyrgyzstan|Russia|Tajikistan)|Created in \d{4})/i;
// "The event was also attended by the UN and the OSCE", "Interpol and CARICC took part as observers",
// "Participants: ...": a sentence saying who took part, unless it says who did not.
const PARTICIPATION_SENTENCE =
  /(?<!\bnot )\b(?:t(?:ook|ake|aking) part|participated|participating in|with the participation of|attended|(?:was|were) (?:also )?present|in attendance|as (?:an )?observers?|observers? from|involved(?! in\b)|participants:|(?:participants|attendees) included|among the participants)/i;

/** What a later paragraph adds: its countries and places, and the bodies its sentences say took part. */
function laterParagraphMentions(text: string, entitiesOf: Analysers['entitiesOf']): Mentions {
  const { countries, places } = entitiesOf(withoutMembershipSentences(text));
  return { organizations: entitiesOf(participationSentences(text)).organizations, countries, places };
}

function withoutMembershipSentences(text: string): string {
  if (!MEMBERSHIP_SENTENCE.test(text)) return text;
  return sentencesOf(text)
    .filter((sentence) => !MEMBERSHIP_SENTENCE.test(sentence))
    .join(' ');
}

function participationSentences(text: string): string {
  if (!PARTICIPATION_SENTENCE.test(text)) return '';
  return sentencesOf(text)
    .filter((sentence) => PARTICIPATION_SENTENCE.test(sentence))
    .join(' ');
}

function combined(all: Mentions[]): Mentions {
  return {
    organizations: [...new Set(all.flatMap((m) => m.organizations))],
    countries: [...new Set(all.flatMap((m) => m.countries))],
    places: [...new Set(all.flatMap((m) => m.places))],
  };
}
