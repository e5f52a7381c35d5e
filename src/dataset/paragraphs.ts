// Text → paragraphs: runs of non-blank lines, with the number of blank lines before each (two or more
// blank lines usually separate news items on a page). Offsets are trimmed to the non-blank text.
import type { Span } from './read.ts';

export interface Paragraph extends Span {
  /** The paragraph as written, trimmed (NBSP and BOM count as blank). */
  text: string;
  /** Blank lines between this paragraph and the previous one (0 for the first). */
  gapBefore: number;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const STANDALONE_LINE = [/^\d{1,2}\.\d{1,2}\.\d{4}\.?$/, /^(?:go back|back to .{1,40})$/i];

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Span | null = null;
  let blanks = 0;
  let first = true;
  const flush = () => {
    if (!current) return;
    paragraphs.push({
      ...current,
      text: text.slice(current.start, current.end),
      gapBefore: first ? 0 : blanks,
    });
    first = false;
    blanks = 0;
    current = null;
  };
  for (const match of text.matchAll(LINE)) {
    if (match[0] === '') break;
    const line = trimmedSpan(text, match.index, match.index + match[0].length);
    if (!line) {
      flush();
      blanks += 1;
      continue;
    }
    const standalone = STANDALONE_LINE.some((re) => re.test(text.slice(line.start, line.end)));
    if (current && standalone) flush();
    if (current) current.end = line.end;
    else current = line;
    if (standalone) flush();
  }
  flush();
  return paragraphs;
}

/** The non-blank part of text[start, end), or null when it is blank. */
export function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}
