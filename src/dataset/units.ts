// Paragraph → units: what each paragraph of a page is (a dateline, a headline, body text, or furniture
// to skip), with offsets relative to the paragraph. A pure function of the paragraph's text, so the
// pipeline reads each distinct paragraph once however many pages repeat it.
import {
  isUndatedDateline,
  readGluedDateline,
  readStandaloneDateline,
  readWireOpening,
} from './datelines.ts';
import type { Dateline } from './dates/index.ts';
import { MONTH_PATTERN } from './dates/months.ts';
import { downloadLinks, imageFileNames, noiseReason } from './noise.ts';
import { trimmedSpan } from './paragraphs.ts';
import { maskSpans, type Span } from './read.ts';
import { cleanProse } from './text.ts';

export interface SkippedSpan extends Span {
  reason: string;
}

export type UnitShape = Span & { text: string } &
  // A dateline that dates nothing ("15 May. 16:50") has no record but still heads its item.
  ({ kind: 'body' } | { kind: 'heading' } | { kind: 'dateline'; dateline?: Dateline });

export interface ParagraphUnits {
  units: UnitShape[];
  skipped: SkippedSpan[];
}

const MAX_HEADING_WORDS = 45;
// A media marker after a lead ("... took place. (Video)") is not part of its punctuation.
const MEDIA_MARKER = /\s*\((?:video|photo|photos|audio|infographics?)\)$/i;
// A line that opens with an event's date ("On December 2, ...", "From 1 to 3 April ...", "Today, ...",
// "Yesterday the ...", "On Tuesday ...") is a lead, even when it lost its final full stop; a headline never
// opens that way.
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATED_OPENING = new RegExp(
  String.raw`^(?:(?:On|From|In the period from|Since)\s+(?:\d|(?:${MONTH_PATTERN})\b)|(?:Today|Yesterday)(?:,|\s+(?:the|a|an)\s)|(?:On|Last|This|Earlier this)\s+(?:${WEEKDAY}|week)\b)`,
);
// Whatever its length, a line that dates its event the way a report does is a lead: a full date governed
// by a preposition ("... in Moscow on 12 March 2024", "on 3.09.2024"; an index page's headline closes
// with its date after a comma instead, and a date in a relative clause, "the incident that occurred on
// July 12, 2020", is another fact's), "today" or "yesterday" inside the clause ("has today given"), or
// who reported it in the past tense (", the press service said", "– as reported in the CSTO Telegram
// channel"; a headline says "says"). "Today's threats" dates nothing.
const REPORTED_LINE = new RegExp(
  String.raw`(?<!\b(?:that|which|who)\s+(?:\w+\s+){1,3})\b(?:on|from|since|until|till)\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}\.\d{1,2}\.)\s*\d{4}\b` +
    String.raw`|\s(?:today|yesterday)\b(?!['’]s)|,\s+(?:\S+\s+){0,8}(?:said|reported|told|stated)\b` +
    String.raw`|\s[,–—-]?\s*as\s+(?:reported|announced|stated)\s+(?:in|by|on)\b`,
);

// Real headlines run long too ("The CSTO mission headed by ... arrived in Armenia to study the situation,
// including on the border ..., and prepare proposals ...") but stay one clause with an apposition or two,
// leave the date to the dateline and cite no source. A long line that chains more clauses, dates its event
// inside ("... held on 19 July 2024 at ...", "has today given") or names who reported it (", the Ministry
// said") is a lead that lost its final full stop.
const LONG_LINE_WORDS = 25;
const CLAUSE_BREAK = /[,;]\s/g;
const MAX_HEADLINE_CLAUSE_BREAKS = 2;
const LEAD_MARK = new RegExp(
  String.raw`\b(?:\d{1,2}\s+(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\s+\d{1,2},?)\s+\d{4}\b(?!\W*$)` +
    String.raw`|\b(?:[Tt]oday|[Yy]esterday)\b(?!['’]s)|,\s+(?:\S+\s+){0,8}(?:said|says|reported|reports|told|stated)\b`,
);

export function readParagraph(paragraph: string): ParagraphUnits {
  const skipped: SkippedSpan[] = [];
  const images = imageFileNames(paragraph);
  for (const s of images) skipped.push({ ...s, reason: 'image-file' });
  const links = downloadLinks(paragraph);
  for (const s of links) skipped.push({ ...s, reason: 'download-link' });
  const blanked = maskSpans(
    paragraph,
    [...images, ...links].sort((a, b) => a.start - b.start),
  );
  const span = trimmedSpan(blanked, 0, blanked.length);
  if (!span) return { units: [], skipped };
  const raw = blanked.slice(span.start, span.end).replace(/ {2,}/g, ' ');
  const reason = noiseReason(raw);
  if (reason) return { units: [], skipped: [...skipped, { ...span, reason }] };
  const standalone = readStandaloneDateline(raw);
  if (standalone)
    return { units: [{ ...span, text: raw, kind: 'dateline', dateline: standalone.dateline }], skipped };
  if (isUndatedDateline(raw)) return { units: [{ ...span, text: raw, kind: 'dateline' }], skipped };
  // Every later stage reads the prose form, so it is made once here.
  const text = cleanProse(raw);
  if (isHeading(raw)) return { units: headingUnits(blanked, span, text), skipped };
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

// A sentence ending inside the line ("... on May 26. Heads of ..."): a lead, not a headline. Two
// lowercase letters or digits before the stop, so initials ("I.N. Surname") and "St." do not count.
const SENTENCE_BREAK = /[a-z\d]{2}(?<!\b(?:Gen|Col|Maj|Capt|Adm|No|Art|Nos|etc|vs))[.!?]\s+["“«]?[A-Z][a-z]/;

/** A headline: one short line without final punctuation that does not read as a lead. */
function isHeading(raw: string): boolean {
  const text = raw.replace(MEDIA_MARKER, '');
  if (/[\r\n]/.test(text) || /[.!?:;…,]["”»')\]]*$/.test(text) || !/^["“«(]?[A-Z0-9]/.test(text))
    return false;
  if (DATED_OPENING.test(text) || SENTENCE_BREAK.test(text) || REPORTED_LINE.test(text)) return false;
  // A news agency's dateline before the report's first words ("MOSCOW, 3 September (TASS) – The ...").
  if (readWireOpening(text)?.length !== undefined) return false;
  const words = text.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS && !(words > LONG_LINE_WORDS && readsAsLead(text));
}

const readsAsLead = (text: string) =>
  (text.match(CLAUSE_BREAK)?.length ?? 0) > MAX_HEADLINE_CLAUSE_BREAKS || LEAD_MARK.test(text);

// A headline with its dateline glued after it ("The Joint Staff is 20 years old 28.04.2023").
const TRAILING_DATELINE = /\s(\d{1,2}[./]\d{1,2}[./]\d{4})\.?$/;

function headingUnits(paragraph: string, span: Span, text: string): UnitShape[] {
  const m = TRAILING_DATELINE.exec(paragraph.slice(span.start, span.end));
  const dateline = m && readStandaloneDateline(m[1]!);
  if (!m || !dateline) return [{ ...span, text, kind: 'heading' }];
  const head = trimmedSpan(paragraph, span.start, span.start + m.index);
  const date = trimmedSpan(paragraph, span.start + m.index, span.end)!;
  const units: UnitShape[] = [];
  if (head) units.push({ ...head, text: cleanProse(paragraph.slice(head.start, head.end)), kind: 'heading' });
  units.push({ ...date, text: m[1]!, kind: 'dateline', dateline: dateline.dateline });
  return units;
}
