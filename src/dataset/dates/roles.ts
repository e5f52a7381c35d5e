// Date mentions that are not the reported event's date: a date the passage cites (an act's date, a
// past fact recalled) and a year that belongs to a plan or to what something will become ("joint
// training activities in 2026", "which in 2025 will take the form of").
import { readWireOpening } from '../datelines.ts';
import type { DateMention } from './mentions.ts';

const CITED_BEFORE =
  /(?:\bdated|\byears ago,?|\bof the decision of|\bby the decision of|\b(?:we )?recall(?:ed)? that(?: on)?)\s*$/i;
// "informed him of the results of the meeting of the leaders on <date>": the date of an earlier event the
// passage reports on, not of what it reports.
const EARLIER_EVENT_BEFORE =
  /\b(?:results?|outcomes?|decisions?|implementation) of the\b[^.;!?]{0,100}?\b(?:meeting|session|summit|talks|conference|forum)s?\b[^.;!?]{0,60}?\b(?:held\s+)?(?:on|in)?\s*$/i;
// A plan noun (or a relative pronoun) right before "in <year>": the year is the plan's, not the event's.
const PLAN_BEFORE =
  /\b(?:plans?|programm?es?|programs?|activities|activity|trainings?|exercises?|events|measures|schedule|calendar|budget|agenda|which|that)\s*$/i;
const FUTURE_AFTER = /^\s*,?\s*(?:will|shall|(?:is|are) to)\b/i;

const before = (passage: string, m: DateMention, chars: number) =>
  passage.slice(Math.max(0, m.index - chars), m.index);

// "(sent) in accordance with the Decision of the Council adopted on <date>", "(created) in accordance with
// the Decision of the Council of <date>": the act the clause invokes, not what the passage reports ("The
// Agreement was signed on <date>" is the event and stays).
const INVOKED_ACT_BEFORE =
  /\b(?:in accordance with|pursuant to|in pursuance of|on the basis of|in line with)\s+the\s+(?:decisions?|resolutions?|agreements?|treaty|protocol|declaration)\b[^.;!?]{0,120}?(?:(?<!\b(?:was|were|been|is|are)\s)\b(?:adopted|signed|approved)\s+(?:on\s+|in\s+)?|\sof\s+)$/i;

/** The date of a wire dateline: the day the report was filed, not the day of the event it reports. */
export function wireDateOf(passage: string, mentions: readonly DateMention[]): DateMention | undefined {
  const at = readWireOpening(passage)?.dateAt;
  return at === undefined ? undefined : mentions.find((m) => m.index === at);
}

export const isCited = (passage: string, m: DateMention): boolean =>
  CITED_BEFORE.test(before(passage, m, 40)) ||
  INVOKED_ACT_BEFORE.test(before(passage, m, 180)) ||
  reportsOnEarlierEvent(before(passage, m, 180));

// The costlier pattern only where its nouns occur.
const reportsOnEarlierEvent = (text: string) =>
  /\b(?:results?|outcomes?|decisions?|implementation) of the\b/i.test(text) &&
  EARLIER_EVENT_BEFORE.test(text);

// "discussed the plan for training command units, forces, and assets ... in 2018": the year closes the
// plan's own phrase, however long.
const PLAN_PHRASE_BEFORE = /\bplans?\s+(?:for|of|on)\b[^.;:]{0,120}$/i;

/** A bare year ("in 2026") that dates a plan or a future state, not the event the passage reports. */
export function isPlanYear(passage: string, m: DateMention): boolean {
  if (m.start.month !== undefined || m.start.year === undefined) return false;
  return (
    PLAN_BEFORE.test(before(passage, m, 30)) ||
    PLAN_PHRASE_BEFORE.test(before(passage, m, 140)) ||
    FUTURE_AFTER.test(passage.slice(m.index + m.text.length))
  );
}
