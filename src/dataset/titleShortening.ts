// A title that fits: the clause said in fewer words, step by step, and cut at a word only as a last resort.
import { opensWithCircumstance } from './eventPhrase.ts';
import type { Person } from '../schema/dataset.ts';
import { truncateAtWord } from './text.ts';

// Ways to say a clause in fewer words, tried in turn while it is too long for a title: asides in
// parentheses or between dashes, the usual abbreviations of the organisations, a role in apposition to a
// person named before it ("Safar Umarzoda, Head of ... Secretariat, took part") or names in apposition
// to a role ("The Chief of the Joint Staff, Colonel-General A B, gave"), a role written before a name
// ("the CSTO Secretary General A B"), circumstances after the predicate, and last whole phrases at the
// end ("… in the Pskov region").
const ASIDE = /\s*\([^()]{1,80}\)|\s[–—]\s[^–—.;:]{1,80}\s[–—](?=\s)/g;
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bCollective Security Treaty Organi[sz]ation\b/g, 'CSTO'],
  [/\bShanghai Cooperation Organi[sz]ation\b/g, 'SCO'],
  [/\bCommonwealth of Independent States\b/g, 'CIS'],
  [/\bUnited Nations\b/g, 'UN'],
  [/\bOrgani[sz]ation for Security and Co-?operation in Europe\b/g, 'OSCE'],
  // An acronym said as a word takes no article: "NATO", not "the NATO".
  [/\b(?:[Tt]he\s+)?North Atlantic Treaty Organi[sz]ation\b/g, 'NATO'],
  [/\bEurasian Economic Union\b/g, 'EAEU'],
  [/\bEurasian Economic Commission\b/g, 'EEC'],
  [
    /\bCollective (?:Rapid Reaction Forces|Forces of Operational Response|Operational (?:Reaction|Response) Forces)\b/g,
    'CRRF',
  ],
  [/\bRegional Anti-?[Tt]errorist Structure\b/g, 'RATS'],
  [/(?<=\bCIS )Anti-?[Tt]error(?:ist|ism) Cent(?:er|re)\b/g, 'ATC'],
];
const PERSON = String.raw`(?:[A-Z][a-z]+-)?(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s?)*[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}`;
const PEOPLE = String.raw`${PERSON}(?:,\s+${PERSON})*(?:,?\s+and\s+${PERSON})?`;
const ROLE_AFTER_PERSON = new RegExp(String.raw`^(${PERSON}),\s+(?:the\s+)?[A-Z][^,;]{3,140},\s+(?=[a-z])`);
const PEOPLE_AFTER_ROLE = new RegExp(String.raw`^((?:The\s+)?[A-Z][^,;]{3,100}?),\s+${PEOPLE},\s+(?=[a-z])`);
// A rank between the role and the name ("the Chief of Joint Staff, Colonel General A B").
const RANK = String.raw`(?:,?\s+(?:(?:Colonel|Lieutenant|Major|Army|Police)[- ])?(?:General|Colonel|Major|Captain|Admiral))?`;
// Who chaired or took part: dropped up to the predicate that follows it ("A meeting of X under the
// chairmanship of Y has begun" → "A meeting of X has begun"), else with the rest of the clause.
const PRESIDED =
  /\s+(?:under the (?:chairmanship|leadership|auspices|general supervision) of|with the participation of)\s[^,;]*?(?=\s(?:was|were|is|are|has|have|had|will|took|opened|began|started|ended|closed|met|discussed|adopted|signed)\b)/;
const CIRCUMSTANCE_AFTER =
  /,\s+(?:which|who|where|including|as well as|during which|timed|held|organi[sz]ed)\b|\s+(?:under the (?:chairmanship|leadership|auspices|general supervision) of|with the participation of|in order to|with a view to|to discuss|in (?:a|the) video ?conference (?:mode|format)|via video ?conferenc\w*|within the framework of|in the framework of|for representatives of|together with|timed to|at the invitation of|in the presence of|on the sidelines of|on the occasion of|in connection with)\b/;
const MIN_CUT_TITLE = 30;
// Where a whole phrase at the end may go: before a preposition ("in", "at", "with", …), not before "of",
// "between" or "among", which carry who took part, nor "on", which carries the topic ("a briefing on …",
// "a round table on the theme …"): a title cut inside its topic says more than one without it.
const PHRASE_START = /\s(?=(?:in|at|during|for|with|by|within|under|near|from|after|via|through|amid)\s)/g;
// Words that need the phrase after them ("met [with X]", "took part [in Y]").
const NEEDS_ITS_PHRASE =
  /\b(?:met|meets?|meeting|part|participated?|participates|talks|interaction|cooperation|place)$/;
const MIN_PHRASE_TITLE = 40;
// The clause's predicate: a title keeps it ("The Agreement ... entered into force", not "The Agreement").
const PREDICATE =
  /\s(?:was|were|is|are|has|have|had|will|shall|took|takes|held|holds|met|meets|entered|signed|adopted|hosted|attended|visited|discussed|completed|opened|began|started|ended|closed|became|gave|told|said|noted|stated|expressed|arrived)\b/;
// A "with …" phrase inside the subject, before the predicate ("The exercise "X" with the special forces of
// … was completed"): the subject's participants, which a title can do without.
const WITH_IN_SUBJECT = /\s(?:with|together with|including)\s/;

const withoutAsides = (text: string) => text.replace(ASIDE, '');
const abbreviated = (text: string) =>
  ABBREVIATIONS.reduce((t, [long, short]) => t.replace(long, short), text);
const withoutAppositions = (text: string) =>
  text.replace(ROLE_AFTER_PERSON, '$1 ').replace(PEOPLE_AFTER_ROLE, '$1 ');

/**
 * "The CSTO Secretary General A B took part" → "A B took part": the person is the subject, the role is in
 * the event's people (whose roles are read from the passage, before any abbreviation).
 */
function withoutRolesBeforeNames(text: string, _max: number, people: readonly Person[]): string {
  let out = text;
  for (const { name, role } of people) {
    if (!role || !out.includes(name)) continue;
    const roles = [...new Set([role, abbreviated(role)])].map(escapeRegExp).join('|');
    const written = new RegExp(String.raw`(?:\b[Tt]he\s+)?(?:${roles})${RANK}\s+(?=${escapeRegExp(name)}\b)`);
    out = out.replace(written, '');
  }
  return out;
}

/** Circumstances after the subject and predicate; a clause opening with one names its event later. */
function withoutCircumstances(text: string): string {
  if (opensWithCircumstance(text)) return text;
  const inner = text.replace(PRESIDED, '');
  if (inner !== text) return inner;
  const cut = CIRCUMSTANCE_AFTER.exec(text.slice(MIN_CUT_TITLE));
  return cut ? text.slice(0, MIN_CUT_TITLE + cut.index) : text;
}

function withoutParticipantsInSubject(text: string): string {
  const predicate = PREDICATE.exec(text);
  if (!predicate) return text;
  const phrase = WITH_IN_SUBJECT.exec(text.slice(MIN_CUT_TITLE, predicate.index));
  if (!phrase || isEnclosed(text, MIN_CUT_TITLE + phrase.index)) return text;
  return text.slice(0, MIN_CUT_TITLE + phrase.index) + text.slice(predicate.index);
}

/** The longest head of the text, ending before a phrase after its predicate, that fits; else the text. */
function withoutTrailingPhrases(text: string, max: number): string {
  const predicate = PREDICATE.exec(text);
  const after = predicate ? predicate.index + predicate[0].length : 0;
  let fitting = text;
  for (const boundary of text.matchAll(PHRASE_START)) {
    if (boundary.index > max) break;
    if (boundary.index < after) continue;
    const head = tidy(text.slice(0, boundary.index));
    if (head.length < MIN_PHRASE_TITLE || NEEDS_ITS_PHRASE.test(head) || isEnclosed(text, boundary.index))
      continue;
    fitting = head;
  }
  return fitting;
}

/** Whether `at` is inside quotation marks or brackets. */
function isEnclosed(text: string, at: number): boolean {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < at; i++) {
    const ch = text.charAt(i);
    if (ch === '“' || ch === '«' || ch === '(') depth++;
    else if ((ch === '”' || ch === '»' || ch === ')') && depth > 0) depth--;
    else if (ch === '"') straight = !straight;
  }
  return depth > 0 || straight;
}

const SHORTENINGS: readonly ((text: string, max: number, people: readonly Person[]) => string)[] = [
  withoutAsides,
  abbreviated,
  withoutAppositions,
  withoutRolesBeforeNames,
  withoutCircumstances,
  withoutParticipantsInSubject,
  withoutTrailingPhrases,
];

/** The clause shortened step by step until it fits, cut at a word (with an ellipsis) as a last resort. */
export function shortTitle(text: string, max: number, people: readonly Person[]): string {
  let title = text;
  for (const shorten of SHORTENINGS) {
    if (title.length <= max) return title;
    title = capitalise(tidy(shorten(title, max, people)));
  }
  return truncateAtWord(title, max);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A regex anchored only at the end is tried at every position: the text's end is looked at instead.
const TRAILING_PUNCTUATION = /[\s,;:.–—-]/;
// A preposition left dangling where the date phrase was cut out ("is scheduled for").
const DANGLING_PREPOSITION = /\s+(?:on|for|in|at|from|to|of|since|during)$/i;
const LONGEST_DANGLING = ' during'.length;

export function tidy(text: string): string {
  const spaced = text
    .replace(/\s+,/g, ',')
    .replace(/\s*\.\s+(?=[a-z])/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:–—-]+/, '');
  const trimmed = withoutTrailing(spaced, TRAILING_PUNCTUATION);
  return DANGLING_PREPOSITION.test(trimmed.slice(-LONGEST_DANGLING))
    ? trimmed.replace(DANGLING_PREPOSITION, '')
    : trimmed;
}

function withoutTrailing(text: string, characters: RegExp): string {
  let end = text.length;
  while (end > 0 && characters.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
