// Date phrases chrono-node misses or misreads, as a table of patterns (NOTES-extraction.md lists why).
import { sentenceAt } from '../text.ts';
import { MONTH_PATTERN, monthNumber } from './months.ts';
import type { DateMention } from './mentions.ts';
import { numberOf, NUMBER_PATTERN } from './numbers.ts';

type RuleMatch = Omit<DateMention, 'index' | 'text' | 'source'>;

interface DateRule {
  name: string;
  /** A cheap test every match passes: texts that fail it skip the rule's costlier pattern. */
  cue: RegExp;
  pattern: RegExp;
  read: (m: RegExpExecArray) => RuleMatch | null;
}

const RELATIVE_YEAR: Record<string, number> = {
  this: 0,
  current: 0,
  last: -1,
  previous: -1,
  past: -1,
  next: 1,
  coming: 1,
};
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
};

const RELATIVE_DAY: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

const relativeYear = (word: string | undefined) => (word ? RELATIVE_YEAR[word.toLowerCase()] : undefined);

export const DATE_RULES: readonly DateRule[] = [
  {
    // chrono never reads bare years; the preposition keeps "resolution 2354 (2017)" or "Rock-2024" out.
    name: 'year-with-preposition',
    cue: /\d{4}/,
    pattern: /\b(?:in|since|during|throughout)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b(?!\s*-\s*\d)(?!\))/gi,
    read: (m) => ({ start: { year: Number(m[1]) }, end: { year: Number(m[1]) } }),
  },
  {
    name: 'season',
    cue: /spring|summer|fall|autumn/i,
    pattern:
      /\b(?:the\s+)?(spring|summer|fall|autumn)\s+of\s+(?:(?:the\s+)?(this|current|last|previous|next)\s+year|((?:19|20)\d{2}))\b/gi,
    read: (m) => {
      const [from, to] = SEASON_MONTHS[m[1]!.toLowerCase()]!;
      const year = m[3] ? Number(m[3]) : undefined;
      return {
        start: { year, month: from },
        end: { year, month: to },
        relativeYear: relativeYear(m[2]),
        season: true,
      };
    },
  },
  {
    name: 'relative-year',
    cue: /year/i,
    pattern: /\b(?:the\s+)?(this|current|last|previous|past|next|coming)\s+year\b(?!s)/gi,
    read: (m) => ({ start: {}, end: {}, relativeYear: relativeYear(m[1]) }),
  },
  {
    name: 'relative-day',
    cue: /today|yesterday|tomorrow/i,
    pattern: /\b(today|yesterday|tomorrow)\b/gi,
    read: (m) => ({ start: {}, end: {}, relativeDay: RELATIVE_DAY[m[1]!.toLowerCase()] }),
  },
  {
    name: 'eve',
    cue: /eve/i,
    pattern: /\b(?:on\s+)?the\s+eve\s+of\b/gi,
    read: () => ({ start: {}, end: {}, relativeToAnchor: -1 }),
  },
  {
    // "12 and 13 October 2023": chrono keeps only the 13th.
    name: 'two-days',
    cue: / and /i,
    pattern: new RegExp(
      String.raw`\b(\d{1,2})\s+and\s+(\d{1,2})\s+(${MONTH_PATTERN})(?:,?\s+((?:19|20)\d{2}))?\b`,
      'gi',
    ),
    read: (m) => twoDays(m[1], m[2], m[3], m[4]),
  },
  {
    name: 'two-days-month-first',
    cue: / and /i,
    pattern: new RegExp(
      String.raw`\b(${MONTH_PATTERN})\s+(\d{1,2})\s+and\s+(\d{1,2})(?:,?\s+((?:19|20)\d{2}))?\b`,
      'gi',
    ),
    read: (m) => twoDays(m[2], m[3], m[1], m[4]),
  },
  {
    // "in early October 2023", "mid-October": the month, at month precision (a part of a month is no day).
    name: 'part-of-month',
    cue: /early|mid|late/i,
    pattern: new RegExp(
      String.raw`\b(?:in\s+)?(?:the\s+)?(?:early|mid|late)[-\s]+(${MONTH_PATTERN})(?:,?\s+((?:19|20)\d{2}))?\b`,
      'gi',
    ),
    read: (m) => {
      const month = monthNumber(m[1]!);
      const year = m[2] ? Number(m[2]) : undefined;
      return month ? { start: { year, month }, end: { year, month } } : null;
    },
  },
  {
    // "at the end of 2023", "at the beginning of March 2024": the year or the month named.
    name: 'part-of-period',
    cue: /beginning|start|middle|end/i,
    pattern: new RegExp(
      String.raw`\b(?:at|by|in)?\s*the\s+(?:beginning|start|middle|end)\s+of\s+(?:(${MONTH_PATTERN})\s+)?((?:19|20)\d{2})\b`,
      'gi',
    ),
    read: (m) => {
      const year = Number(m[2]);
      const month = m[1] ? monthNumber(m[1]) : undefined;
      return { start: { year, month }, end: { year, month } };
    },
  },
  {
    // "15 May marks the 32nd anniversary of the conclusion of the Collective Security Treaty"
    name: 'anniversary',
    cue: /anniversary/i,
    pattern: new RegExp(
      String.raw`\b(?:(\d{1,2})\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\s+(\d{1,2}))\s+(?:marks|is|will mark)\s+the\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary(?=\s+of\s+([^.;]{1,160}))`,
      'gi',
    ),
    read: (m) => {
      const observed = observedDay(m);
      return (
        observed && { ...observed, anniversary: { ordinal: Number(m[5]), of: anniversarySubject(m[6]!) } }
      );
    },
  },
  {
    // "Today the Rapid Reaction Forces are 10 years old", "the Organisation marks its 21st anniversary",
    // "the Forces mark their 12th anniversary", "Today marks the 30th anniversary of the Treaty": an
    // anniversary whose day the text does not write (resolve.ts counts it from the founding act). The
    // subject is the sentence before the verb, or the words after "anniversary of".
    name: 'age',
    cue: /years? old|years of age|anniversary/i,
    pattern:
      /\b(?:(?:is|are|turns|turned|has turned|have turned)\s+(\d{1,3})\s+years?\s+(?:old|of age)|(?:marks?|marked|celebrates?|celebrated|observes?)\s+(?:its|their)\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary|(?<=\b(?:Today|This day),?\s+)(?:marks|is)\s+the\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary(?=\s+of\s+([^.;]{1,160})))\b/gi,
    read: (m) => {
      const ordinal = Number(m[1] ?? m[2] ?? m[3]);
      const of = m[4] ? anniversarySubject(m[4]) : sentenceBefore(m.input, m.index);
      return { start: {}, end: {}, anniversary: { ordinal, of } };
    },
  },
  {
    // "20 years ago, on April 28, 2003, the Council decided ...": written that many years after the act.
    name: 'years-ago',
    cue: /years ago/i,
    pattern: new RegExp(
      String.raw`\b(${NUMBER_PATTERN})\s+years\s+ago,?\s+(?:on\s+)?(?:(\d{1,2})\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\s+(\d{1,2}),?)\s+((?:19|20)\d{2})\b`,
      'gi',
    ),
    read: (m) => {
      const ordinal = numberOf(m[1]!);
      const month = monthNumber(m[3] ?? m[4] ?? '');
      if (!ordinal || !month) return null;
      const day = Number(m[2] ?? m[5]);
      return {
        start: { month, day },
        end: { month, day },
        anniversary: { ordinal, of: '', since: { year: Number(m[6]), month, day } },
      };
    },
  },
  {
    // "28 April is the Day of Establishment of the Joint Staff", "June 1 marks the International Day of
    // ...": a day observed every year; the year is the item's (resolve.ts), never a recalled date's.
    name: 'observance',
    cue: /Day\b/,
    pattern: new RegExp(
      String.raw`\b(?:(\d{1,2})\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\s+(\d{1,2}))(?=\s+(?:is|marks|will mark|celebrates)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}Day\b)`,
      'gi',
    ),
    read: observedDay,
  },
];

/** What an "anniversary of ..." is of: up to a comma or a second anniversary ("... and the 20th ..."). */
const anniversarySubject = (of: string) => of.split(/,|\band\s+(?:the\s+)?\d/)[0]!;

const MAX_SUBJECT_CHARS = 200;

/** The words of the sentence before `index` (the subject of "... is 10 years old"). */
function sentenceBefore(text: string, index: number): string {
  return text.slice(Math.max(sentenceAt(text, index).start, index - MAX_SUBJECT_CHARS), index);
}

/** The day and month an observance phrase opens with ("15 May", "May 15"). */
function observedDay(m: RegExpExecArray): RuleMatch | null {
  const month = monthNumber(m[2] ?? m[3] ?? '');
  const day = Number(m[1] ?? m[4]);
  return month ? { start: { month, day }, end: { month, day }, observance: true } : null;
}

function twoDays(first?: string, second?: string, monthName?: string, year?: string): RuleMatch | null {
  const month = monthNumber(monthName ?? '');
  if (!month) return null;
  const y = year ? Number(year) : undefined;
  return { start: { year: y, month, day: Number(first) }, end: { year: y, month, day: Number(second) } };
}
