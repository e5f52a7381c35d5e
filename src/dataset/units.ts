// Paragraph → units: what each paragraph of a page is (a dateline, a headline, body text, or furniture
// to skip), with offsets relative to the paragraph. A pure function of the paragraph's text, so the
// pipeline reads each distinct paragraph once however many pages repeat it.
import { readGluedDateline, readStandaloneDateline } from './datelines.ts';
import type { Dateline } from './dates/index.ts';
import { imageFileNames, noiseReason } from './noise.ts';
import { trimmedSpan } from './paragraphs.ts';
import { maskSpans, type Span } from './read.ts';
import { cleanProse } from './text.ts';

export interface SkippedSpan extends Span {
  reason: string;
}

export type UnitShape = Span & { text: string } & (
    { kind: 'body' } | { kind: 'heading' } | { kind: 'dateline'; dateline: Dateline }
  );

export interface ParagraphUnits {
  units: UnitShape[];
  skipped: SkippedSpan[];
}

const MAX_HEADING_WORDS = 45;

export function readParagraph(paragraph: string): ParagraphUnits {
  const skipped: SkippedSpan[] = [];
  const images = imageFileNames(paragraph);
  for (const s of images) skipped.push({ ...s, reason: 'image-file' });
  const blanked = maskSpans(paragraph, images);
  const span = trimmedSpan(blanked, 0, blanked.length);
  if (!span) return { units: [], skipped };
  const raw = blanked.slice(span.start, span.end).replace(/ {2,}/g, ' ');
  const reason = noiseReason(raw);
  if (reason) return { units: [], skipped: [...skipped, { ...span, reason }] };
  const standalone = readStandaloneDateline(raw);
  if (standalone)
    return { units: [{ ...span, text: raw, kind: 'dateline', dateline: standalone.dateline }], skipped };
  // Every later stage reads the prose form, so it is made once here.
  const text = cleanProse(raw);
  if (isHeading(raw)) return { units: [{ ...span, text, kind: 'heading' }], skipped };
  const glued = readGluedDateline(blanked.slice(span.start, span.end));
  if (!glued) return { units: [{ ...span, text, kind: 'body' }], skipped };
  const head = trimmedSpan(blanked, span.start, span.start + glued.length)!;
  const rest = trimmedSpan(blanked, head.end, span.end)!;
  const dateline: UnitShape = {
    ...head,
    text: blanked.slice(head.start, head.end),
    kind: 'dateline',
    dateline: glued.dateline,
  };
  return {
    units: [dateline, { ...rest, text: cleanProse(blanked.slice(rest.start, rest.end)), kind: 'body' }],
    skipped,
  };
}

/** A headline: one short line without final punctuation. */
function isHeading(text: string): boolean {
  if (/[\r\n]/.test(text) || /[.!?:;…,]["”»')\]]*$/.test(text) || !/^["“«(]?[A-Z0-9]/.test(text))
    return false;
  const words = text.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS;
}
