// The text readers of one build, each memoised by its input: the same paragraph recurs across many
// pages (news lists repeat items), so each distinct text is read once per build.
import type { Person } from '../schema/dataset.ts';
import { speaksOfFuture } from './classify.ts';
import { findDateMentions, isPlanYear, type DateMention } from './dates/index.ts';
import { opensWithEventDate } from './dates/opening.ts';
import { findMentions, findPeople, type Mentions } from './entities/index.ts';
import { sentenceSpans } from './text.ts';
import { readParagraph, type ParagraphUnits } from './units.ts';

export interface Analysers {
  mentionsOf: (text: string) => DateMention[];
  opensWithEventDate: (text: string) => boolean;
  /** The years a paragraph states, outside sentences about the future. */
  explicitYearsOf: (text: string) => ExplicitYear[];
  entitiesOf: (text: string) => Mentions;
  peopleOf: (text: string) => Person[];
  unitsOf: (paragraph: string) => ParagraphUnits;
}

export function createAnalysers(): Analysers {
  const mentionsOf = memoized(findDateMentions);
  return {
    mentionsOf,
    opensWithEventDate: memoized((text) => opensWithEventDate(text, mentionsOf(text))),
    explicitYearsOf: memoized((text) => explicitYears(text, mentionsOf(text))),
    entitiesOf: memoized(findMentions),
    peopleOf: memoized(findPeople),
    unitsOf: memoized(readParagraph),
  };
}

export interface ExplicitYear {
  year: number;
  /** The phrase that states it. */
  text: string;
}

function explicitYears(text: string, mentions: DateMention[]): ExplicitYear[] {
  const found: ExplicitYear[] = [];
  const sentences = mentions.some((m) => m.start.year !== undefined) ? sentenceSpans(text) : [];
  for (const m of mentions) {
    if (m.start.year === undefined || isPlanYear(text, m)) continue;
    const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end) ?? {
      start: 0,
      end: text.length,
    };
    if (!speaksOfFuture(text.slice(sentence.start, sentence.end)))
      found.push({ year: m.start.year, text: m.text.trim() });
  }
  return found;
}

function memoized<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let found = cache.get(text);
    if (found === undefined) cache.set(text, (found = read(text)));
    return found;
  };
}
