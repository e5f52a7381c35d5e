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
    cue: /\banniversary\b|\b\d+ years (?:old|of age)\b|\byears ago,? on\b|\b(?:is|marks) the (?:[A-Z][\w-]*\s+){0,3}Day of\b/i,
  },
  // A ceremony held on some occasion and a clause that describes a body's remit ("is charged with ...
  // training") are no event of a typed kind: they take the place of the cue words that follow them.
  {
    type: 'other',
    cue: /\b(?:parades?|graduations?|wreath[- ]laying|(?:solemn|award(?:ing)?)\s+ceremon(?:y|ies)(?!\s+(?:of|for)\s+(?:the\s+)?signing))\b/i,
  },
  {
    type: 'other',
    cue: /\b(?:is|are)\s+(?:charged|tasked|entrusted)\s+with\b|\b(?:is|are)\s+responsible\s+for\b/i,
  },
  // Operations the member states' services conduct together on the ground ("the anti-drug operation
  // Channel", "the regional operation "Illegal"", "a special operation") are missions: groups sent out
  // with a task. A topic ("courses on rescue operations") or a rehearsal inside an exercise that is named
  // first ("the exercise practised special operations") is not.
  {
    type: 'mission',
    cue: /\b(?:missions?|visit(?:s|ed|ing)?|arrived|trips?|(?:anti-?drug|anti-?narcotics?|counter-?narcotics?|anti-?migration|special|regional|international|peacekeeping|counter-?terroris[mt]|anti-?terrorist|named)\s+operations?)\b/i,
  },
  { type: 'briefing', cue: /\b(?:briefings?|briefed|press conference)\b/i },
  {
    type: 'training',
    cue: /\b(?:training(?:s)?|exercises?|drills?|man(?:oeu|eu)vres?|maneuvers?|command[- ](?:and[- ])?staff|tactical[- ]special)\b/i,
  },
  { type: 'consultations', cue: /\bconsultations?\b/i },
  {
    type: 'conference',
    cue: /\b(?:conferences?|round[- ]table|forums?|debates?|seminars?|symposium|congress|workshop)\b/i,
  },
  {
    type: 'meeting',
    cue: /\b(?:meetings?|meet|met|talks|negotiations|(?:tele)?phone (?:conversations?|calls?|talks)|summit|session of the|sessions?|received\s+(?:the\s+)?(?:participants|delegations?|(?:[\w-]+\s+)?ministers?|heads?|members|ambassadors?|secretar(?:y|ies)|chairm[ae]n|presidents?|representatives?|envoys?|guests?))\b/i,
  },
  {
    type: 'signing',
    cue: /\b(?:sign(?:ed|ing|s)?|memorand(?:um|a)|protocol|entered into force|ratifi(?:ed|cation))\b/i,
  },
  {
    type: 'decision',
    cue: /\b(?:adopted|approved|decisions?|decided|resolutions?|declarations?|strateg(?:y|ies)|established)\b/i,
  },
  {
    type: 'statement',
    cue: /\b(?:told|said|stated|informed|interviews?|speech|address(?:ed)?|statements?|correspondent|noted|emphasi[sz]ed)\b/i,
  },
];

// All the cues in one pass, each in its own group (the cues hold no groups of their own and all ignore
// case): the leftmost match is the cue that comes first, and at one position the alternation takes the
// earlier row, as the table's order requires.
const ANY_CUE = new RegExp(TYPE_RULES.map((rule) => `(${rule.cue.source})`).join('|'), 'i');

// A simple past predicate ("the Joint Staff held the talks") counts too, but not a passive infinitive
// ("trainings planned to be held").
const PAST_CUE =
  /\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:held|signed|adopted|completed|conducted|organi[sz]ed|opened|closed)\b|\b(?:took place|ended|completed|met|visited|signed|adopted)\b|(?<!\b(?:be|been|being)\s+)\b(?:held|hosted|conducted)\b/i;
const FIRST_PERSON_OPENING = /^(?:Allow me|Let me|I\s|I'|We\s|Dear\s|Ladies and gentlemen)/;
const FUTURE_CUE =
  /\b(?:will|shall|tomorrow|scheduled|(?:is|are) planned|plans? to|to be held|(?:is|are) to be|(?:is|are) expected|upcoming|forthcoming|(?:is|are) invited)\b/i;

/**
 * `lead` is the whole first paragraph (a news item that opens in the first person is a speech; an
 * article's editorial "we" is not), `clause` the one that reports the event.
 */
// A body's name ("the UN Assistance Mission", "the Working Group", "the Protocol and Organizational
// Support Department") and a format ("in a video conference mode") hold cue words that do not say what
// happened: they are masked first.
const BODY_NOUNS = String.raw`Group|Cent(?:er|re)|Office|Academy|Committee|Commission|Service|Agency|Department|University`;
const BODY_NAME = new RegExp(
  String.raw`\b(?:[A-Z][\w-]*\s+(?:and\s+)?)*(?:(?:Assistance|Permanent|Support|Stabili[sz]ation)\s+Mission|(?:[A-Z][\w-]*\s+)(?:${BODY_NOUNS}))\b`,
  'g',
);
// Tested first: most texts name no body, and BODY_NAME is tried at every word.
const MAY_NAME_BODY = new RegExp(`Mission|${BODY_NOUNS}`);
const FORMAT =
  /\b(?:in|via|by|through)\s+(?:an?\s+|the\s+)?video[- ]?conference(?:\s+(?:mode|format|link))?\b/gi;
// An event held in honour of an anniversary ("a parade dedicated to the 80th anniversary of ...", "the
// anniversary summit", "in the year of its fifth anniversary") is not the observance.
const DEDICATION =
  /\b(?:(?:dedicated|devoted|timed)\s+to(?:\s+coincide\s+with)?|on\s+the\s+occasion\s+of|in\s+honou?r\s+of|to\s+mark|marking|in\s+the\s+year\s+of)\s+(?:the\s+|its\s+)?[^,.;()]*?\banniversar(?:y|ies)\b[^,.;]*|\banniversary(?=\s+(?:summit|meeting|session|conference|forum|congress|exercises?|parade|ceremony)\b)/gi;
// The event the subject took part in ("participants in the meeting ... visited") is not the act.
const PARTICIPANTS_OF =
  /\bparticipants\s+(?:in|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:meetings?|sessions?|conferences?|forums?|summits?)\b/gi;
// "A training and methodological meeting" is a meeting: the qualifier names its subject, not the event.
const QUALIFIER = /\b(?:training|educational)(?:[- ]and[- ]|-)methodological\b/gi;
// An operation called by its name ("Operation Channel", "the operation "Illegal"", "the Kanal-2019
// operation", "the "Proxy" operations") is one operation: read as a "named operation" (the mission cue).
// Case-sensitive, so that "the operation was ..." or "operations in ..." name nothing.
const NAMED_OPERATION =
  /\b[Oo]perations?\s+(?:["“«][^"”»]{1,60}["”»]|[A-Z][\w-]*)|["“«][^"”»]{1,60}["”»]\s+operations?\b|\b[A-Z][\w]*-\d{4}\s+(?:[a-z-]+\s+)?operations?\b/g;
// A circumstance before the subject ("During a meeting with X, the sides signed ...") is not the act,
// unless it reports an act itself ("In the Strategy adopted in October 2016, ...").
const OPENING_CIRCUMSTANCE =
  /^(?:(?:During|On the sidelines of|In the course of|Following|In accordance with|Pursuant to|On|In|From)\s(?![^,]*\b(?:adopted|signed|approved|concluded|established|ratified)\b)[^,]{1,160}|[^,]{0,40}(?:this|current) year),\s*/i;

/**
 * `lead` is the whole first paragraph (a news item that opens in the first person is a speech; an
 * article's editorial "we" is not), `clause` the one that reports the event. The type is the cue that
 * comes first in the clause (the predicate or the event noun it holds), an anniversary anywhere but in an
 * event's dedication ("a parade dedicated to the 80th anniversary" is a parade), the headline's
 * anniversary ("The Joint Staff is 20 years old"), or, when the clause holds no cue, the headline's.
 */
export function classifyType(lead: string, clause: string, isNewsItem: boolean, headline = ''): EventType {
  if (isNewsItem && FIRST_PERSON_OPENING.test(lead.trim())) return 'statement';
  const anniversary = TYPE_RULES[0]!;
  const ownClause = clause.replace(DEDICATION, ' ');
  const ownHeadline = headline.replace(DEDICATION, ' ');
  if (anniversary.cue.test(ownClause) || anniversary.cue.test(ownHeadline)) return 'anniversary';
  // A clause without any cue (cut short, or a document's text under its title) takes the headline's.
  return firstCue(ownClause) ?? firstCue(ownHeadline) ?? 'other';
}

/** The type whose cue comes first in the text, once circumstances, body names and formats are masked. */
function firstCue(clause: string): EventType | undefined {
  let text = clause;
  for (
    let rest = text.replace(OPENING_CIRCUMSTANCE, '');
    rest !== text;
    rest = text.replace(OPENING_CIRCUMSTANCE, '')
  )
    text = rest;
  if (MAY_NAME_BODY.test(text)) text = text.replace(BODY_NAME, ' ');
  text = text.replace(FORMAT, ' ').replace(PARTICIPANTS_OF, 'participants').replace(QUALIFIER, ' ');
  if (/peration/.test(text)) text = text.replace(NAMED_OPERATION, 'named operation');
  const cue = ANY_CUE.exec(text);
  return cue ? TYPE_RULES[cue.findIndex((group, i) => i > 0 && group !== undefined) - 1]!.type : undefined;
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
  // "met on 5 May to discuss the upcoming exercise": a past predicate before the future cue reports a
  // held event about a future one.
  const future = FUTURE_CUE.exec(clause);
  const past = PAST_CUE.exec(clause);
  if (future && !(past && past.index < future.index)) return 'planned';
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
