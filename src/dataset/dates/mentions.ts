// Passage → every date phrase in it, with only the components the text really gives. Years the text
// leaves out stay missing here; resolve.ts decides where they may come from.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DayDate } from './calendar.ts';
import { createNewsChrono } from './chrono.ts';
import { MONTH_PATTERN } from './months.ts';
import { DATE_RULES } from './rules.ts';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  index: number;
  text: string;
  /** Which parser read it: chrono's tag or the rule's name (provenance for tests and debugging). */
  source: string;
  start: DateParts;
  end: DateParts;
  /** "this/last/next year": years from the context year. */
  relativeYear?: number;
  /** "today/yesterday/tomorrow": days from the dateline. */
  relativeDay?: number;
  /** "on the eve of": days from the event the passage refers to. */
  relativeToAnchor?: number;
  season?: boolean;
  anniversary?: Anniversary;
  /** A day observed every year ("28 April is the Day of ...", anniversaries): dated in the item's year. */
  observance?: boolean;
}

export interface Anniversary {
  ordinal: number;
  /** The words naming what is N years old (matched against the founding acts' table). */
  of: string;
  /** The founding date the passage itself gives ("20 years ago, on April 28, 2003"). */
  since?: DayDate;
}

const newsChrono = createNewsChrono();
// chrono's reference date only fills components we discard (we keep the certain ones), so any fixed
// date keeps the output deterministic.
const REFERENCE = new Date(2000, 0, 1, 12);
// Every date chrono is left to read (chrono.ts) has a digit or a month's name.
const CHRONO_TRIGGER = new RegExp(String.raw`\d|\b(?:${MONTH_PATTERN})(?![a-z])`, 'i');
const PREPOSITION_BEFORE = /\b(?:on|in|from|since|during)\s+$/i;

/** Normalises what chrono stumbles on without moving any character: dashes and no-break spaces. */
function normalizeForDates(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00A0\u2007\u202F]/g, ' ');
}

export function findDateMentions(passage: string): DateMention[] {
  const text = normalizeForDates(passage);
  const fromRules = nonOverlapping(ruleMentions(text));
  const fromChrono = CHRONO_TRIGGER.test(text) ? chronoMentions(text) : [];
  const all = [...fromRules, ...fromChrono.filter((c) => !fromRules.some((r) => overlaps(r, c)))];
  all.sort((a, b) => a.index - b.index);
  return attachObservedDays(text, attachRelativeYears(text, all)).map((m) => withPreposition(passage, m));
}

function ruleMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of DATE_RULES) {
    if (!rule.cue.test(text)) continue;
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const read = rule.read(m);
      if (read) found.push({ ...read, index: m.index, text: m[0], source: `rule/${rule.name}` });
    }
  }
  return found;
}

function chronoMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const result of newsChrono.parse(text, REFERENCE)) {
    const mention = fromChronoResult(result);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function fromChronoResult(r: ParsedResult): DateMention | null {
  const base = {
    index: r.index,
    text: r.text,
    source: [...r.tags()].find((t) => t.startsWith('parser/')) ?? 'chrono',
  };
  if (!r.start.isCertain('month')) return null;
  const start = certainParts(r.start);
  const end = r.end ? certainParts(r.end) : { ...start };
  if (start.year === undefined && end.year !== undefined && (start.month ?? 0) <= (end.month ?? 0))
    start.year = end.year;
  return { ...base, start, end };
}

function certainParts(c: ParsedComponents): DateParts {
  const parts: DateParts = { month: c.get('month') ?? undefined };
  if (c.isCertain('year')) parts.year = c.get('year') ?? undefined;
  if (c.isCertain('day')) parts.day = c.get('day') ?? undefined;
  return parts;
}

/** "September 20, this year" / "September of this year": chrono returns two results; make them one. */
function attachRelativeYears(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    const isBareRelativeYear = m.relativeYear !== undefined && !m.season;
    if (
      previous &&
      isBareRelativeYear &&
      previous.start.year === undefined &&
      previous.relativeYear === undefined &&
      previous.start.month !== undefined &&
      /^[\s,]*(?:of\s+)?$/i.test(text.slice(previous.index + previous.text.length, m.index))
    ) {
      out[out.length - 1] = {
        ...previous,
        text: text.slice(previous.index, m.index + m.text.length),
        relativeYear: m.relativeYear,
      };
    } else {
      out.push(m);
    }
  }
  return out;
}

/**
 * "On Sunday, May 15, the CSTO celebrates its 30th anniversary": the year-less day of the sentence is the
 * day observed, so the anniversary mention takes it (and its phrase) in place of both.
 */
function attachObservedDays(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    if (
      previous &&
      m.anniversary &&
      m.start.month === undefined &&
      isYearlessDay(previous) &&
      !/[.!?;]/.test(text.slice(previous.index + previous.text.length, m.index))
    ) {
      out[out.length - 1] = { ...previous, anniversary: m.anniversary };
    } else {
      out.push(m);
    }
  }
  return out;
}

const isYearlessDay = (m: DateMention) =>
  m.start.day !== undefined &&
  m.start.year === undefined &&
  m.relativeYear === undefined &&
  m.relativeDay === undefined &&
  !m.anniversary &&
  !m.observance;

function withPreposition(passage: string, m: DateMention): DateMention {
  const before = PREPOSITION_BEFORE.exec(passage.slice(Math.max(0, m.index - 8), m.index));
  const index = before ? m.index - before[0].length : m.index;
  return { ...m, index, text: passage.slice(index, m.index + m.text.length) };
}

function nonOverlapping(mentions: DateMention[]): DateMention[] {
  const byLength = [...mentions].sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  const kept: DateMention[] = [];
  for (const m of byLength) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept;
}

const overlaps = (a: DateMention, b: DateMention) =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;
