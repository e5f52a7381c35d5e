// Document → items. A page is a list of news items (headline and/or dateline, a lead paragraph, its
// continuations) or an article (a title, sub-headings, background and dated facts). Everything that is
// no item's text is returned as skipped with its reason.
import { parseDottedDate, type DateMention, type Dateline } from './dates/index.ts';
import { imageFileNames, noiseReason } from './noise.ts';
import { splitParagraphs, trimmedSpan } from './paragraphs.ts';
import { maskSpans, type Span } from './read.ts';

export interface Block extends Span {
  /** The paragraph's text without glued image file names. */
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

export interface SkippedSpan extends Span {
  reason: string;
}

export interface Segmentation {
  items: Item[];
  skipped: SkippedSpan[];
}

export type MentionReader = (text: string) => DateMention[];

type Unit =
  | (Block & { kind: 'body'; gapBefore: number })
  | (Block & { kind: 'heading' })
  | (Block & { kind: 'dateline'; dateline: Dateline });

const DATELINE = /^(?:[A-Z][\w.' -]{0,40},\s*)?(\d{1,2}\.\d{1,2}\.\d{4})\.?$/;
const CONTINUATION_CUE =
  /^(?:The\s+(?:[Pp]arties|sides|document|event|meeting|[Mm]ission|delegation|participants|agreement|strategy|forum|conference|training|exercise|talks|ceremony)\b|They\b|He\b|She\b|It\b|Its\b|This\b|These\b|Those\b|In addition\b|Also\b|Moreover\b|Furthermore\b|Besides\b|At the same time\b|During the\b|Representatives\b|Following\b|In the course of\b|Within the framework\b)/;
const MAX_HEADING_WORDS = 45;
const LEAD_DATE_WINDOW = 40;

export function segmentDocument(text: string, mentionsOf: MentionReader): Segmentation {
  const skipped: SkippedSpan[] = [];
  const units = toUnits(text, skipped);
  const items: Item[] = [];
  let story = 0;
  for (let i = 0; i < units.length;) {
    const unit = units[i]!;
    const articleEnd = unit.kind === 'heading' ? articleExtent(units, i, mentionsOf) : null;
    if (articleEnd !== null) {
      readArticle(units.slice(i, articleEnd), story++, mentionsOf, items, skipped);
      i = articleEnd;
      continue;
    }
    const end = newsItemEnd(units, i, mentionsOf);
    readNewsItem(units.slice(i, end), story++, items, skipped);
    i = end;
  }
  skipped.sort((a, b) => a.start - b.start);
  return { items, skipped };
}

function toUnits(text: string, skipped: SkippedSpan[]): Unit[] {
  const units: Unit[] = [];
  for (const p of splitParagraphs(text)) {
    const block = withoutImageNames(p, skipped);
    if (!block) continue;
    const reason = noiseReason(block.text);
    if (reason) {
      skipped.push({ start: block.start, end: block.end, reason });
      continue;
    }
    const datelineMatch = DATELINE.exec(block.text);
    const date = datelineMatch ? parseDottedDate(datelineMatch[1]!) : null;
    if (date) units.push({ ...block, kind: 'dateline', dateline: { date, text: datelineMatch![1]! } });
    else if (isHeading(block.text)) units.push({ ...block, kind: 'heading' });
    else units.push({ ...block, kind: 'body', gapBefore: p.gapBefore });
  }
  return units;
}

function withoutImageNames(p: Block, skipped: SkippedSpan[]): Block | null {
  const images = imageFileNames(p.text);
  if (images.length === 0) return p;
  for (const s of images)
    skipped.push({ start: p.start + s.start, end: p.start + s.end, reason: 'image-file' });
  const blanked = maskSpans(p.text, images);
  const span = trimmedSpan(blanked, 0, blanked.length);
  if (!span) return null;
  const text = blanked.slice(span.start, span.end).replace(/ {2,}/g, ' ');
  return { start: p.start + span.start, end: p.start + span.end, text };
}

/** A headline: one short line without final punctuation. */
export function isHeading(text: string): boolean {
  if (/[\r\n]/.test(text) || /[.!?:;…,]["”»')\]]*$/.test(text) || !/^["“«(]?[A-Z0-9]/.test(text))
    return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= MAX_HEADING_WORDS;
}

/**
 * An article: a title followed (before any dateline) by at least two sub-headings, whose first paragraph
 * reports no dated event. A list of headlined news items has a dated lead under each headline.
 */
function articleExtent(units: Unit[], at: number, mentionsOf: MentionReader): number | null {
  let end = at + 1;
  while (end < units.length && units[end]!.kind !== 'dateline') end++;
  const region = units.slice(at + 1, end);
  const subHeadings = region.filter((u) => u.kind === 'heading').length;
  const firstBody = region.find((u) => u.kind === 'body');
  if (subHeadings < 2 || !firstBody || hasEventDate(firstBody.text, mentionsOf)) return null;
  return end;
}

function newsItemEnd(units: Unit[], at: number, mentionsOf: MentionReader): number {
  let i = at;
  const first = units[i]!;
  if (first.kind !== 'body') {
    i++;
    const second = units[i];
    if (second && second.kind !== 'body' && second.kind !== first.kind) i++;
    if (units[i]?.kind !== 'body') return i;
  }
  for (i += 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'body' || startsNewItem(u.text, u.gapBefore, mentionsOf)) return i;
  }
  return i;
}

function readNewsItem(units: Unit[], story: number, items: Item[], skipped: SkippedSpan[]): void {
  const bodies = units.filter((u) => u.kind === 'body');
  const headline = units.find((u) => u.kind === 'heading');
  const dateline = units.find((u) => u.kind === 'dateline');
  const [lead, ...continuations] = bodies;
  if (!lead) {
    for (const u of units) skipped.push({ start: u.start, end: u.end, reason: `${u.kind} without text` });
    return;
  }
  const previous = items[items.length - 1];
  const item: Item = {
    kind: 'news',
    span: { start: units[0]!.start, end: units[units.length - 1]!.end },
    lead: block(lead),
    continuations: continuations.map(block),
    story,
  };
  if (headline) item.headline = block(headline);
  if (dateline) item.dateline = dateline.dateline;
  if (!headline && !dateline && previous && previous.kind === 'news') item.follows = items.length - 1;
  items.push(item);
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
    if (u.kind !== 'body') {
      skipped.push({
        start: u.start,
        end: u.end,
        reason: u.kind === 'heading' ? 'heading' : 'dateline without text',
      });
    } else if (mentionsOf(u.text).length > 0) {
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

function startsNewItem(text: string, gapBefore: number, mentionsOf: MentionReader): boolean {
  if (hasEventDate(text, mentionsOf)) return true;
  return gapBefore >= 2 && !CONTINUATION_CUE.test(text);
}

/** A date at the start of the paragraph, or a full day-and-month date in its first sentence. */
function hasEventDate(text: string, mentionsOf: MentionReader): boolean {
  const firstSentenceEnd = text.search(/[.!?]\s+["“«]?[A-Z]/);
  const limit = firstSentenceEnd < 0 ? text.length : firstSentenceEnd;
  return mentionsOf(text).some(
    (m) =>
      m.relativeDay === undefined &&
      (m.index < LEAD_DATE_WINDOW ||
        (m.start.day !== undefined && m.start.month !== undefined && m.index < limit)),
  );
}

const block = (u: Block): Block => ({ start: u.start, end: u.end, text: u.text });
