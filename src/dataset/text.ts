// Sentence-level helpers shared by the stages.
import { MONTH_PATTERN } from './dates/months.ts';
import type { Span } from './read.ts';

// A sentence ends at . ! ? followed by a space and a capital (so "this year. in New York" does not end one).
const SENTENCE_END = /[.!?…]["”»']?\s+(?=["“«]?[A-Z0-9])/g;
// A full stop that ends an abbreviation, not a sentence: an initial ("S. Lavrov", and the two-letter
// initials of Russian names: "Yu. Petrov"), a rank or title before a name ("Maj. Gen.", "Lt. Col.",
// "Mr.", "Dr."), or a reference before a number or a name ("No. 5", "Art. 4", "St. Petersburg").
const ABBREVIATION =
  /\b(?:[A-Z]|Yu|Ya|Ye|Yo|Zh|Ch|Sh|Kh|Ts|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Adm|Brig|Sgt|Cpl|Gov|Sen|Amb|Rev|Hon|St|Mt|No|Nos|Art|Arts)\.$/;
// The longest abbreviation with its full stop, plus the character before it (its word edge).
const ABBREVIATION_WINDOW = 6;
// A news agency's city in capitals, maybe with the day and the agency, opening a report ("PSKOV. KAZINFORM
// - The ...", "MOSCOW. May 14. KAZINFORM Global ...", "YEREVAN, JUNE 6, ARMENPRESS. The ..."): its full
// stops are the dateline's, not a sentence's.
const WIRE_MONTH = `${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()}`;
const WIRE_HEAD = new RegExp(
  String.raw`^[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]{2,}){0,2}(?:[.,]\s*(?:(?:${WIRE_MONTH})\s+\d{1,2}|\d{1,2}\s+(?:${WIRE_MONTH})))?(?:[.,]?\s+[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*)?\.$`,
);

export function sentenceSpans(text: string): Span[] {
  return sentenceSpansUpTo(text, Infinity);
}

/** The first sentence of a text (the whole text when it has one sentence). */
export function firstSentence(text: string): Span {
  return sentenceSpansUpTo(text, 1)[0] ?? { start: 0, end: text.length };
}

function sentenceSpansUpTo(text: string, count: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - ABBREVIATION_WINDOW), end))) continue;
    if (start === 0 && WIRE_HEAD.test(text.slice(0, end))) continue;
    // Nor does a full stop inside a quoted title.
    if (insideQuotes(text.slice(start, end))) continue;
    spans.push({ start, end });
    if (spans.length === count) return spans;
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** The sentences of a text, without the spaces between them. */
export function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

function insideQuotes(text: string): boolean {
  const opened = (text.match(/[“«]/g)?.length ?? 0) - (text.match(/[”»]/g)?.length ?? 0);
  return opened > 0 || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

export function sentenceAt(text: string, index: number): Span {
  return sentenceSpans(text).find((s) => index >= s.start && index < s.end) ?? { start: 0, end: text.length };
}

/** One line of prose: no-break spaces and line breaks become single spaces. */
export function cleanProse(text: string): string {
  return text.replace(/[\s\u00A0\uFEFF]+/g, ' ').trim();
}

/** NFKC, lower case, no punctuation, single spaces: the form duplicates are compared in. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Words that say nothing at the end of a cut ("a statement on cooperation in…"), with what may trail them.
const DANGLING_END =
  /(?:[\s,;:–—-]+(?:of|in|on|at|for|with|by|to|from|and|or|the|a|an))+[\s,;:–—-]*$|[\s,;:–—-]+$/i;

export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const at = cut.lastIndexOf(' ');
  const head = at > max / 2 ? cut.slice(0, at) : cut;
  const trimmed = head.replace(DANGLING_END, '');
  return `${trimmed.length > max / 2 ? trimmed : head.replace(/[\s,;:–—-]+$/, '')}…`;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits: a fast, stable hash for shingles and id suffixes (not for security). */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** `text.split(' ').map(fnv1a)` in one pass, without a string per word (it runs on every text compared). */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      hashes.push(hash >>> 0);
      hash = FNV_OFFSET;
    } else {
      hash ^= code;
      hash = Math.imul(hash, FNV_PRIME);
    }
  }
  hashes.push(hash >>> 0);
  return hashes;
}
