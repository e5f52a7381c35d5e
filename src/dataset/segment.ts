// Document → items. A page is a list of news items (headline and/or dateline, a lead paragraph, its
// continuations) or an article (a title, sub-headings, background and dated facts). Everything that is
// no item's text is returned as skipped with its reason.
import type { DateMention, Dateline } from './dates/index.ts';
import { closingFullDate, endsAsSentence, headlineFitsLead, restatesLead } from './headlines.ts';
import { splitParagraphs } from './paragraphs.ts';
import { isCited } from './dates/roles.ts';
import type { Span } from './read.ts';
import type { ParagraphUnits, SkippedSpan } from './units.ts';

export interface Block extends Span {
  /** The paragraph as one line of prose (`cleanProse`), without glued image file names. */
  text: string;
}

export interface Item {
  kind: 'news' | 'article';
  /** From the item's first line (headline or dateline) to its last continuation. */
  span: Span;
  headline?: Block;
  dateline?: Dateline;
  lead: Block;
  continuations: Block[];
  /** Items of one article share a story; its explicit years may resolve another item's year. */
  story: number;
  /** The item this one directly continues on the page ("On the eve of ..." refers to it). */
  follows?: number;
}

export interface Segmentation {
  items: Item[];
  skipped: SkippedSpan[];
}

type MentionReader = (text: string) => DateMention[];

/** The text readers segmentation needs (memoised by the pipeline: pages repeat paragraphs). */
export interface SegmentReaders {
  mentionsOf: MentionReader;
  opensWithEventDate: (paragraph: string) => boolean;
  unitsOf: (paragraph: string) => ParagraphUnits;
}

type Unit =
  | (Block & { kind: 'body'; gapBefore: number; joined: boolean })
  | (Block & { kind: 'heading' })
  // A dateline that dates nothing ("15 May. 16:50") has no record but still heads its item.
  | (Block & { kind: 'dateline'; dateline?: Dateline });

const CONTINUATION_CUE =
  /^(?:The\s+(?:[Pp]arties|sides|document|event|meeting|[Mm]ission|delegation|participants|agreement|strategy|forum|conference|training|exercise|talks|ceremony)\b|They\b|He\b|She\b|It\b|Its\b|This\b|These\b|Those\b|In addition\b|Also\b|Moreover\b|Furthermore\b|Besides\b|At the same time\b|During the\b|Representatives\b|Following\b|In the course of\b|Within the framework\b)/;

/** A paragraph naming the event of the lead above it, which it goes on to date. */
export const DATES_THE_LEAD =
  /^(?:The|This)\s+(?:operation|meeting|event|exercise|training|drills?|talks|session|conference|forum|seminar|consultations|visit|mission)\s/;

export function segmentDocument(text: string, readers: SegmentReaders): Segmentation {
  const skipped: SkippedSpan[] = [];
  const units = toUnits(text, readers.unitsOf, skipped);
  const items: Item[] = [];
  let story = 0;
  for (let i = 0; i < units.length;) {
    const unit = units[i]!;
    const articleEnd = unit.kind === 'heading' ? articleExtent(units, i, readers) : null;
    if (articleEnd !== null) {
      readArticle(units.slice(i, articleEnd), story++, readers.mentionsOf, items, skipped);
      i = articleEnd;
      continue;
    }
    // A paragraph announcing the item below its dateline is that item's title.
    const titled = titlesNextItem(units, i, readers.mentionsOf);
    const end = newsItemEnd(units, titled ? i + 1 : i, readers);
    readNewsItem(units.slice(i, end), titled, story++, readers.mentionsOf, items, skipped);
    i = end;
  }
  skipped.sort((a, b) => a.start - b.start);
  return { items, skipped };
}

function toUnits(text: string, unitsOf: SegmentReaders['unitsOf'], skipped: SkippedSpan[]): Unit[] {
  const units: Unit[] = [];
  for (const p of splitParagraphs(text)) {
    const read = unitsOf(p.text);
    for (const s of read.skipped)
      skipped.push({ start: p.start + s.start, end: p.start + s.end, reason: s.reason });
    for (const u of read.units) {
      const start = p.start + u.start;
      const end = p.start + u.end;
      // Plain object literals, not spreads: this runs for every paragraph of every page.
      if (u.kind === 'body')
        units.push({
          start,
          end,
          text: u.text,
          kind: 'body',
          gapBefore: p.gapBefore,
          joined: p.joined === true,
        });
      else if (u.kind === 'heading') units.push({ start, end, text: u.text, kind: 'heading' });
      else units.push({ start, end, text: u.text, kind: 'dateline', dateline: u.dateline });
    }
  }
  return units;
}

/**
 * An article: a title followed (before any dateline) by at least two sub-headings, whose first paragraph
 * reports no dated event. A list of headlined news items has a dated lead under each headline.
 */
function articleExtent(units: Unit[], at: number, readers: SegmentReaders): number | null {
  let end = at + 1;
  while (end < units.length && units[end]!.kind !== 'dateline') end++;
  const region = units.slice(at + 1, end);
  const subHeadings = region.filter((u) => u.kind === 'heading').length;
  const firstBody = region.find((u) => u.kind === 'body');
  if (subHeadings < 2 || !firstBody || readers.opensWithEventDate(firstBody.text)) return null;
  return end;
}

function newsItemEnd(units: Unit[], at: number, readers: SegmentReaders): number {
  let i = at;
  const first = units[i]!;
  if (first.kind !== 'body') {
    i++;
    const second = units[i];
    if (second && second.kind !== 'body' && (second.kind !== first.kind || isDeck(units, i))) i++;
    if (units[i]?.kind !== 'body') return i;
  }
  const lead = units[i]!.text;
  for (i += 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'body' || startsNewItem(u.text, u.gapBefore, readers, lead)) return i;
  }
  return i;
}

/**
 * A lone paragraph right above a dateline whose paragraph restates it ("The Council will meet in Minsk on
 * May 26." over "21.05.2020" and "On May 26, 2020, the Council met in Minsk ..."), or a line set as a
 * title (no final stop) right above the report of the same day: that item's title.
 */
function titlesNextItem(units: Unit[], at: number, mentionsOf: MentionReader): boolean {
  const title = units[at];
  if (title?.kind !== 'body') return false;
  const dateline = units[at + 1]?.kind === 'dateline' ? units[at + 1] : undefined;
  const lead = units[at + (dateline ? 2 : 1)];
  if (lead?.kind !== 'body' || (!dateline && endsAsSentence(title.text))) return false;
  const datelineDay = dateline?.kind === 'dateline' ? dateline.dateline?.date : undefined;
  return restatesLead(title.text, mentionsOf(title.text), lead.text, mentionsOf(lead.text), datelineDay);
}

function readNewsItem(
  units: Unit[],
  titled: boolean,
  story: number,
  mentionsOf: MentionReader,
  items: Item[],
  skipped: SkippedSpan[],
): void {
  const bodies = units.filter((u) => u.kind === 'body');
  const title = titled ? bodies.shift() : undefined;
  let headline = title ?? units.find((u) => u.kind === 'heading');
  const dateline = units.find((u) => u.kind === 'dateline');
  const [lead, ...continuations] = bodies;
  if (!lead) {
    // A bare headline (an index page) is an event when it carries its full date: a closing date or a
    // dateline glued to it.
    if (headline && (dateline?.dateline || closingFullDate(headline.text, mentionsOf(headline.text)))) {
      const item = headlineItem(headline, story, dateline?.dateline);
      item.span = { start: units[0]!.start, end: units[units.length - 1]!.end };
      items.push(item);
      return;
    }
    for (const u of units) skipped.push({ start: u.start, end: u.end, reason: `${u.kind} without text` });
    return;
  }
  // A headline of another story right above this lead (one-item-per-line pages, where a headline line
  // may belong to an item whose lead is missing): an item of its own when it is dated, else a skipped
  // heading; the lead then goes untitled (its main clause names it). A headline set apart by a blank
  // line is the page's title for the text below, whatever its words.
  let first = units[0]!;
  if (headline && !title && lead.joined && !headlineFitsLead(headline.text, lead.text)) {
    if (closingFullDate(headline.text, mentionsOf(headline.text))) items.push(headlineItem(headline, story));
    else skipped.push({ start: headline.start, end: headline.end, reason: 'heading of no item' });
    first = units.find((u) => u !== headline)!;
    headline = undefined;
  }
  const previous = items[items.length - 1];
  const item: Item = {
    kind: 'news',
    span: { start: first.start, end: units[units.length - 1]!.end },
    lead: block(lead),
    continuations: continuations.map(block),
    story,
  };
  if (headline) item.headline = block(headline);
  if (dateline?.dateline) item.dateline = dateline.dateline;
  if (!headline && !dateline && previous && previous.kind === 'news') item.follows = items.length - 1;
  items.push(item);
}

/** A headline read as an event's whole text: its title is its main clause (without the date). */
function headlineItem(headline: Block, story: number, dateline?: Dateline): Item {
  const item: Item = {
    kind: 'news',
    span: { start: headline.start, end: headline.end },
    lead: block(headline),
    continuations: [],
    story,
  };
  if (dateline) item.dateline = dateline;
  return item;
}

function readArticle(
  units: Unit[],
  story: number,
  mentionsOf: MentionReader,
  items: Item[],
  skipped: SkippedSpan[],
): void {
  let current: Item | null = null;
  for (const u of units) {
    if (u.kind === 'heading' && closingFullDate(u.text, mentionsOf(u.text))) {
      items.push(headlineItem(u, story));
    } else if (u.kind !== 'body') {
      skipped.push({
        start: u.start,
        end: u.end,
        reason: u.kind === 'heading' ? 'heading' : 'dateline without text',
      });
    } else if (startsArticleItem(u.text, mentionsOf(u.text), current !== null)) {
      current = {
        kind: 'article',
        span: { start: u.start, end: u.end },
        lead: block(u),
        continuations: [],
        story,
      };
      items.push(current);
    } else if (current) {
      current.continuations.push(block(u));
      current.span.end = u.end;
    } else {
      skipped.push({ start: u.start, end: u.end, reason: 'background (no event or date of its own)' });
    }
  }
}

// A dated paragraph starts an item; one dated only by an act it cites ("sent under the Decision adopted
// on …") goes on the item before it, if there is one.
function startsArticleItem(text: string, mentions: DateMention[], hasItem: boolean): boolean {
  if (mentions.length === 0) return false;
  return !hasItem || mentions.some((m) => !isCited(text, m));
}

/**
 * A second headline line that sets out the first ("US joins the bloc's anti-drug operation" over "The
 * operation involves 22 states"), right above the lead the first one names.
 */
function isDeck(units: Unit[], at: number): boolean {
  const [headline, deck, lead] = [units[at - 1], units[at], units[at + 1]];
  return (
    headline?.kind === 'heading' &&
    deck?.kind === 'heading' &&
    lead?.kind === 'body' &&
    headlineFitsLead(headline.text, lead.text) &&
    headlineFitsLead(deck.text, lead.text)
  );
}

/**
 * A dated paragraph starts an item, unless it dates the undated lead above it by naming its event
 * ("A sub-regional anti-drug operation ... was conducted." then "The operation took place from May 18 to
 * May 23 ...").
 */
function startsNewItem(text: string, gapBefore: number, readers: SegmentReaders, lead: string): boolean {
  if (readers.opensWithEventDate(text))
    return !DATES_THE_LEAD.test(text) || readers.mentionsOf(lead).length > 0;
  return gapBefore >= 2 && !CONTINUATION_CUE.test(text);
}

const block = (u: Block): Block => ({ start: u.start, end: u.end, text: u.text });
