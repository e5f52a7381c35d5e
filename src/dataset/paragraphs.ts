// Text → paragraphs: runs of non-blank lines, with the number of blank lines before each (two or more
// blank lines usually separate news items on a page). Offsets are trimmed to the non-blank text.
import { isDatelineLine } from './datelines.ts';
import type { Span } from './read.ts';

export interface Paragraph extends Span {
  /** The paragraph as written, trimmed (NBSP and BOM count as blank). */
  text: string;
  /** Blank lines between this paragraph and the previous one (0 for the first). */
  gapBefore: number;
  /** A line of a one-item-per-line block directly under the previous line (no blank line between). */
  joined?: true;
}

// A paragraph whose lines are this long was not hard-wrapped: each of its lines is a paragraph of its own
// (pages that put one news item per line, with no blank line between them).
const UNWRAPPED_LINE_CHARS = 120;

// Longer runs of text (a page flattened to one line) are cut into pieces at sentence ends, so that no
// stage ever reads more than this at once: several stages look at a sentence per date they find.
export const MAX_PARAGRAPH_CHARS = 5000;
const NAVIGATION_LINE = /^(?:go back|back to .{1,40})$/i;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Span | null = null;
  let lines: Span[] = [];
  let longestLine = 0;
  let blanks = 0;
  let first = true;
  const push = (span: Span, gapBefore: number, joined = false) => {
    for (const [n, piece] of piecesOf(text, span).entries()) {
      const paragraph: Paragraph = {
        start: piece.start,
        end: piece.end,
        text: text.slice(piece.start, piece.end),
        gapBefore: n > 0 ? 0 : gapBefore,
      };
      if (joined && n === 0) paragraph.joined = true;
      paragraphs.push(paragraph);
    }
  };
  const flush = () => {
    if (!current) return;
    const gap = first ? 0 : blanks;
    if (lines.length > 1 && longestLine > UNWRAPPED_LINE_CHARS) {
      // One item per line: a line break counts as one blank line (a paragraph break, not an item break).
      for (const [n, line] of lines.entries()) push(line, n === 0 ? gap : 1, n > 0);
    } else {
      push(current, gap);
    }
    first = false;
    blanks = 0;
    current = null;
    lines = [];
    longestLine = 0;
  };
  const hasCarriageReturns = text.includes('\r');
  for (let at = 0; at < text.length;) {
    const lineEnd = endOfLine(text, at, hasCarriageReturns);
    const line = trimmedSpan(text, at, lineEnd);
    at = nextLine(text, lineEnd);
    if (!line) {
      flush();
      blanks += 1;
      continue;
    }
    const lineText = text.slice(line.start, line.end);
    const standalone = NAVIGATION_LINE.test(lineText) || isDatelineLine(lineText);
    if (current && standalone) flush();
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
    lines.push(line);
    longestLine = Math.max(longestLine, line.end - line.start);
    if (standalone) flush();
  }
  flush();
  return paragraphs;
}

/** Where the line starting at `at` ends (before its CR, LF or CRLF). */
function endOfLine(text: string, at: number, hasCarriageReturns: boolean): number {
  if (!hasCarriageReturns) {
    const lineFeed = text.indexOf('\n', at);
    return lineFeed < 0 ? text.length : lineFeed;
  }
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) break;
    i++;
  }
  return i;
}

function nextLine(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}

/** The non-blank part of text[start, end), or null when it is blank. */
export function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** `/\s/` without a regular expression per character: this runs on every character of every page. */
function isBlank(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The paragraph, or pieces of at most MAX_PARAGRAPH_CHARS cut after a sentence (or at least a space). */
function piecesOf(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_PARAGRAPH_CHARS) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_PARAGRAPH_CHARS) {
    const cut = cutPoint(text, start + MAX_PARAGRAPH_CHARS / 2, start + MAX_PARAGRAPH_CHARS);
    const piece = trimmedSpan(text, start, cut);
    if (piece) pieces.push(piece);
    start = cut;
  }
  const last = trimmedSpan(text, start, span.end);
  if (last) pieces.push(last);
  return pieces;
}

/** The last sentence end (else the last blank) in [from, to], as the index after it; else `to`. */
function cutPoint(text: string, from: number, to: number): number {
  let blank = -1;
  for (let i = to - 1; i > from; i--) {
    if (!isBlank(text.charCodeAt(i))) continue;
    if (/[.!?]["”»']?$/.test(text.slice(i - 2, i))) return i;
    if (blank < 0) blank = i;
  }
  return blank > 0 ? blank : to;
}
