// Passage → event type and status, by cue words over the clause that reports the event. The first
// matching row wins, so the order encodes which cue is stronger (a "briefing on joint trainings" is a
// briefing; a mission sent "in accordance with the decision of the meeting" is a mission).
import type { EventType } from '../schema/dataset.ts';

interface TypeRule {
  type: EventType;
  cue: RegExp;
}

const TYPE_RULES: readonly TypeRule[] = [
  {
    type: 'anniversary',
    cue: /\banniversary\b|\b\d+ years old\b|\b(?:is|marks) the (?:[A-Z][\w-]*\s+){0,3}Day of\b/i,
  },
  { type: 'mission', cue: /\b(?:missions?|visit(?:s|ed|ing)?|arrived|trips?)\b/i },
  { type: 'briefing', cue: /\b(?:briefings?|briefed|press conference)\b/i },
  { type: 'training', cue: /\b(?:training(?:s)?|exercises?|drills?|man(?:oeu|eu)vres?|maneuvers?)\b/i },
  { type: 'consultations', cue: /\bconsultations?\b/i },
  {
    type: 'conference',
    cue: /\b(?:conferences?|round[- ]table|forums?|debates?|seminars?|symposium|congress|workshop)\b/i,
  },
  { type: 'meeting', cue: /\b(?:meetings?|meet|met|talks|summit|session of the|sessions?)\b/i },
  {
    type: 'signing',
    cue: /\b(?:sign(?:ed|ing|s)?|memorand(?:um|a)|protocol|entered into force|ratifi(?:ed|cation))\b/i,
  },
  {
    type: 'decision',
    cue: /\b(?:adopted|approved|decisions?|decided|resolutions?|strateg(?:y|ies)|established)\b/i,
  },
  {
    type: 'statement',
    cue: /\b(?:told|said|stated|interviews?|speech|address(?:ed)?|statements?|correspondent|noted|emphasi[sz]ed)\b/i,
  },
];

const PAST_CUE =
  /\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:held|signed|adopted|completed|conducted|organi[sz]ed|opened|closed)\b|\b(?:took place|ended|completed|met|visited|signed|adopted)\b/i;
const FIRST_PERSON_OPENING = /^(?:Allow me|Let me|I\s|I'|We\s|Dear\s|Ladies and gentlemen)/;
const FUTURE_CUE =
  /\b(?:will|shall|scheduled|(?:is|are) planned|plans? to|to be held|(?:is|are) to be|(?:is|are) expected|upcoming|forthcoming|(?:is|are) invited)\b/i;

/**
 * `lead` is the whole first paragraph (a news item that opens in the first person is a speech; an
 * article's editorial "we" is not), `clause` the one that reports the event.
 */
// A body's name ("the UN Assistance Mission", "the Working Group", "the Training Center") and a format
// ("in a video conference mode") hold cue words that do not say what happened: they are masked first.
const BODY_NAME =
  /\b(?:[A-Z][\w-]*\s+)*(?:(?:Assistance|Permanent|Support|Stabili[sz]ation)\s+Mission|(?:[A-Z][\w-]*\s+)(?:Group|Cent(?:er|re)|Office|Academy|Committee|Commission|Service|Agency|Department|University))\b/g;
const FORMAT =
  /\b(?:in|via|by|through)\s+(?:an?\s+|the\s+)?video[- ]?conference(?:\s+(?:mode|format|link))?\b/gi;
// A circumstance before the subject ("During a meeting with X, the sides signed ...") is not the act,
// unless it reports an act itself ("In the Strategy adopted in October 2016, ...").
const OPENING_CIRCUMSTANCE =
  /^(?:(?:During|On the sidelines of|In the course of|Following|In accordance with|Pursuant to|On|In|From)\s(?![^,]*\b(?:adopted|signed|approved|concluded|established|ratified)\b)[^,]{1,160}|[^,]{0,40}(?:this|current) year),\s*/i;

/**
 * `lead` is the whole first paragraph (a news item that opens in the first person is a speech; an
 * article's editorial "we" is not), `clause` the one that reports the event. The type is the cue that
 * comes first in the clause (the predicate or the event noun it holds), an anniversary anywhere, or the
 * headline's anniversary ("The Joint Staff is 20 years old").
 */
export function classifyType(lead: string, clause: string, isNewsItem: boolean, headline = ''): EventType {
  if (isNewsItem && FIRST_PERSON_OPENING.test(lead.trim())) return 'statement';
  const anniversary = TYPE_RULES[0]!;
  if (anniversary.cue.test(clause) || anniversary.cue.test(headline)) return 'anniversary';
  let text = clause;
  for (
    let rest = text.replace(OPENING_CIRCUMSTANCE, '');
    rest !== text;
    rest = text.replace(OPENING_CIRCUMSTANCE, '')
  )
    text = rest;
  text = text.replace(BODY_NAME, ' ').replace(FORMAT, ' ');
  let best: { type: EventType; at: number } | undefined;
  for (const rule of TYPE_RULES) {
    const at = text.search(rule.cue);
    if (at >= 0 && (!best || at < best.at)) best = { type: rule.type, at };
  }
  return best?.type ?? 'other';
}

/**
 * Planned when the clause speaks of the future, or the event starts after the item's dateline and the
 * clause does not report it in the past tense ("was held": the dateline is then the wrong reference).
 */
export function classifyStatus(
  clause: string,
  start: string | null,
  datelineIso?: string,
): 'held' | 'planned' {
  if (FUTURE_CUE.test(clause)) return 'planned';
  const afterDateline = start !== null && datelineIso !== undefined && start > datelineIso;
  return afterDateline && !PAST_CUE.test(clause) ? 'planned' : 'held';
}

/** The cue words that make a clause an event of this type (what names the event in the clause). */
export function typeCue(type: EventType): RegExp | undefined {
  return TYPE_RULES.find((rule) => rule.type === type)?.cue;
}

export function speaksOfFuture(sentence: string): boolean {
  return FUTURE_CUE.test(sentence);
}
