// Does a paragraph open with the date of an event? Then it starts a news item of its own (segment.ts).
import { firstSentence } from '../text.ts';
import type { DateMention } from './mentions.ts';
import { isCited } from './roles.ts';

const LEAD_DATE_WINDOW = 40;

/**
 * A date at the start of the paragraph, or a full day-and-month date in its first sentence. A day adverb
 * counts only as the paragraph's first word ("Today, ..."), and so does a month or a year ("In March
 * 2024, ..."): inside a sentence they date a continuation ("In preparation for the meetings upcoming in
 * April and May, ...").
 */
export function opensWithEventDate(text: string, mentions: readonly DateMention[]): boolean {
  if (mentions[0]?.relativeDay !== undefined && mentions[0].index === 0) return true;
  let firstSentenceEnd: number | undefined;
  // A date the paragraph cites ("under the Decision adopted on …") does not open an item.
  return mentions.some(
    (m) =>
      m.relativeDay === undefined &&
      !isCited(text, m) &&
      ((m.index < LEAD_DATE_WINDOW && (m.start.day !== undefined || m.index === 0)) ||
        (m.start.day !== undefined &&
          m.start.month !== undefined &&
          m.index < (firstSentenceEnd ??= firstSentence(text).end))),
  );
}
