// Files → documents. Offsets everywhere downstream are JavaScript string indices into `text`, which is
// the file's decoded text unchanged (BOM and CR kept), so a source span can be checked against the file.
import { createHash } from 'node:crypto';

export interface Span {
  start: number;
  end: number;
}

export interface RawFile {
  /** Path relative to the input directory, with `/` separators. */
  file: string;
  bytes: Uint8Array;
}

export interface SourceText {
  file: string;
  text: string;
  sha256: string;
  /** HTML markup (tags, scripts, styles, comments): not prose, reported as skipped. */
  markup: Span[];
}

export type ReadOutcome = { ok: true; document: SourceText } | { ok: false; file: string; reason: string };

// One decoder for every file: `decode` keeps no state between calls without `stream`.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const LOOKS_LIKE_HTML = /<(?:!doctype|html|head|body|div|p|span|script|style|br|a|article|section)\b[^>]*>/i;
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|head|template)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[A-Za-z!][^<>]*>/gi;

export function readDocument(raw: RawFile): ReadOutcome {
  const { file, bytes } = raw;
  const fail = (reason: string): ReadOutcome => ({ ok: false, file, reason });
  if (bytes.length === 0) return fail('empty file');
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(
      `file too large (${megabytes(bytes.length)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB)`,
    );
  }
  if (bytes.includes(0)) return fail('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return fail('invalid UTF-8 (not a text file in UTF-8)');
  }
  if (controlCharacters(text) / text.length > 0.01) return fail('binary file (control characters)');
  if (!/\S/.test(text)) return fail('empty file (only whitespace)');
  // A page without a single '<' (most of them) is not searched for tags at all.
  const markup = text.includes('<') && LOOKS_LIKE_HTML.test(text) ? findMarkup(text) : [];
  if (markup.length > 0 && !/\S/.test(maskSpans(text, markup))) return fail('HTML without any text');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, document: { file, text, sha256, markup } };
}

// Runs of anything but a control character other than tab, LF, FF, CR.
// eslint-disable-next-line no-control-regex -- control characters are what it counts
const NOT_CONTROL = /[^\0-\x08\x0B\x0E-\x1F\x7F]+/g;

/** Control characters other than tab, LF, FF, CR: a text page has (almost) none. */
function controlCharacters(text: string): number {
  // Dropping the runs between them is far quicker than a loop over every character.
  return text.replace(NOT_CONTROL, '').length;
}

function findMarkup(text: string): Span[] {
  return [...text.matchAll(MARKUP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Blanks the spans out (line breaks kept), so every other character stays at its index. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
