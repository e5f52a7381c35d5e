// Date phrases chrono-node misses or misreads, as a table of patterns (NOTES-extraction.md lists why).
import { MONTH_PATTERN, monthNumber } from './months.ts';
import type { DateMention } from './mentions.ts';

type RuleMatch = Omit<DateMention, 'index' | 'text' | 'source'>;

interface DateRule {
  name: string;
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

const relativeYear = (word: string | undefined) => (word ? RELATIVE_YEAR[word.toLowerCase()] : undefined);

export const DATE_RULES: readonly DateRule[] = [
  {
    // chrono never reads bare years; the preposition keeps "resolution 2354 (2017)" or "Rock-2024" out.
    name: 'year-with-preposition',
    pattern: /\b(?:in|since|during|throughout)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b(?!\s*-\s*\d)(?!\))/gi,
    read: (m) => ({ start: { year: Number(m[1]) }, end: { year: Number(m[1]) } }),
  },
  {
    name: 'season',
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
    pattern: /\b(?:the\s+)?(this|current|last|previous|past|next|coming)\s+year\b(?!s)/gi,
    read: (m) => ({ start: {}, end: {}, relativeYear: relativeYear(m[1]) }),
  },
  {
    name: 'eve',
    pattern: /\b(?:on\s+)?the\s+eve\s+of\b/gi,
    read: () => ({ start: {}, end: {}, relativeToAnchor: -1 }),
  },
  {
    // "12 and 13 October 2023": chrono keeps only the 13th.
    name: 'two-days',
    pattern: new RegExp(
      String.raw`\b(\d{1,2})\s+and\s+(\d{1,2})\s+(${MONTH_PATTERN})(?:,?\s+((?:19|20)\d{2}))?\b`,
      'gi',
    ),
    read: (m) => twoDays(m[1], m[2], m[3], m[4]),
  },
  {
    name: 'two-days-month-first',
    pattern: new RegExp(
      String.raw`\b(${MONTH_PATTERN})\s+(\d{1,2})\s+and\s+(\d{1,2})(?:,?\s+((?:19|20)\d{2}))?\b`,
      'gi',
    ),
    read: (m) => twoDays(m[2], m[3], m[1], m[4]),
  },
  {
    // "15 May marks the 32nd anniversary of the conclusion of the Collective Security Treaty"
    name: 'anniversary',
    pattern: new RegExp(
      String.raw`\b(?:(\d{1,2})\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\s+(\d{1,2}))\s+(?:marks|is|will mark)\s+the\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary(?=\s+of\s+([^.;]{1,160}))`,
      'gi',
    ),
    read: (m) => {
      const month = monthNumber(m[2] ?? m[3] ?? '');
      const day = Number(m[1] ?? m[4]);
      if (!month) return null;
      return {
        start: { month, day },
        end: { month, day },
        anniversary: { ordinal: Number(m[5]), of: m[6]! },
      };
    },
  },
];

function twoDays(first?: string, second?: string, monthName?: string, year?: string): RuleMatch | null {
  const month = monthNumber(monthName ?? '');
  if (!month) return null;
  const y = year ? Number(year) : undefined;
  return { start: { year: y, month, day: Number(first) }, end: { year: y, month, day: Number(second) } };
}
