// The words that name an event: its main clause (the reporting sentence without its date phrase and
// leading adverbials of time and place), a short title cut from it, and a one- or two-sentence summary.
import type { EventType, Person } from '../schema/dataset.ts';
import { typeCue } from './classify.ts';
import { readWireOpening } from './datelines.ts';
import { wireDateOf, type DateMention } from './dates/index.ts';
import { eventPhrase } from './eventPhrase.ts';
import { shortTitle, tidy } from './titleShortening.ts';
import { sentenceAt, sentenceSpans, truncateAtWord } from './text.ts';

const MAX_TITLE = 100;
// An event's name is not cut for a few characters (its place comes last).
const MAX_NAME_TITLE = 110;
const MAX_SUMMARY = 320;
const MIN_PHRASE_WORDS = 3;
const SHORT_SENTENCE = 120;

// Openings that are not the event itself; each is stripped while one matches. A comma closes the
// adverbial, so a clause without one ("In Moscow the talks ...") keeps its opening words.
const LEADING_ADVERBIALS: readonly RegExp[] = [
  /^(?:in the period|in the course of|during|from|on|in|between)\s*,\s*/i,
  // "TASS, citing the Ministry of Defense, reports that ...": the agency, not the event.
  /^[A-Z][A-Za-z]+(?:,\s+citing\s+[^,;]{1,80},)?\s+report(?:s|ed)\s+that\s+/,
  /^(?:among (?:them|others)|in particular|in addition|at the same time|also|thus|so)\s*[-–—:,]\s*/i,
  /^(?:today|yesterday|tomorrow|this (?:morning|week|year)|earlier|recently)\s*,\s*/i,
  // "in Minsk," / "in Nur-Sultan," / "at Gorny Training Ground,": a place name and a comma.
  /^(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4},\s*/,
  // "at the headquarters of the CSTO in Moscow,", "under the chairmanship of X,": a short
  // phrase of place or circumstance closed by a comma, with the clause's subject after it. Not a phrase
  // that reports an act itself ("In the Strategy adopted in October 2016, ..."), and not when a list
  // goes on after the comma ("on foreign policy, security and defence issues").
  // Case-sensitive after the first letter, so that the subject's capital can be told apart. Another
  // such phrase may follow ("in the city of X, on the basis of Y, a meeting ..."): the next pass strips it.
  // "under the chairmanship of the Minister ..., Sergey Lavrov,": the person named after the office is
  // part of the phrase, not the clause's subject.
  /^(?:[Uu]nder the (?:chairmanship|leadership|auspices|guidance) of|[Hh]eaded by)\s+[^,;:]{1,110},\s*(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]*,\s*(?=(?:[Tt]he|[Aa]n?)\s)/,
  // "Issyk-Kul region of the Kyrgyz Republic,": what is left of a place phrase ("in Bosteri, ...").
  /^(?:[A-Z][\w'’-]*\s+){1,3}(?:region|district|oblast|province|area|territory)\b[^,;:.]{0,60},\s*(?=(?:[Tt]he|[Aa]n?)\s)/,
  /^(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Uu]nder|[Ww]ithin|[Aa]ccording to|[Ii]n accordance with|[Aa]s part of|[Oo]n the sidelines of)\s+(?![^,;:.]*\b(?:adopted|signed|approved|concluded|established)\b)(?:[^,;:.]|\b(?:St|Mt)\.){1,110},\s*(?=(?:[Tt]he|[Aa]n?)\s|["“«A-Z]|(?:in|at|on|under|within)\s+the\s)/,
];

// A news agency's dateline ("DUSHANBE, May 27, 2016, Asia-Plus —", "MINSK, 3 March (BelTA) –") goes
// first, then each adverbial.
const LEADING_OPENINGS: readonly ((text: string) => string)[] = [
  (text) => text.slice(readWireOpening(text)?.length ?? 0),
  ...LEADING_ADVERBIALS.map((adverbial) => (text: string) => text.replace(adverbial, '')),
];

// Who told it, after the clause (", BelTA reports", ", the CSTO press office said", ", BelTA learnt from
// CSTO spokesman X", '," he said'): not what happened.
const TRAILING_SOURCE =
  /,\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,4}?\s+(?:reports|reported|said|says|stated|(?:learn(?:ed|t)|was told|has learned)\s+from\s[^,;]{1,100})\.?$|,?["”»]\s+(?:he|she|they)\s+(?:said|added|noted|stressed|explained)\.?$/;

const DATED_ACT_OPENING =
  /^[Ii]n (?:the )?([^,]{3,120}?) (adopted|signed|approved|concluded|established|ratified), (?=\S)/;

/** The sentence that reports the event: the one holding its date, cut short of any other date in it. */
export function reportingClause(
  lead: string,
  mention: DateMention | undefined,
  mentions: readonly DateMention[],
): string {
  if (!mention) {
    // "MOSCOW, August 25. /TASS/.": a sentence that is only an agency's dateline reports nothing.
    const first = sentenceSpans(lead).find((s) => !readWireOpening(lead.slice(s.start, s.end))?.isWhole);
    return first ? lead.slice(first.start, first.end) : lead;
  }
  const sentence = sentenceAt(lead, mention.index);
  // A wire dateline opens the sentence without cutting it: the adverbials strip it (mainClause).
  const wire = wireDateOf(lead, mentions);
  const others = mentions.filter(
    (m) => m !== mention && m !== wire && m.index >= sentence.start && m.index < sentence.end,
  );
  const start = Math.max(
    sentence.start,
    ...others.filter((m) => m.index < mention.index).map((m) => m.index + m.text.length),
  );
  const end = Math.min(sentence.end, ...others.filter((m) => m.index > mention.index).map((m) => m.index));
  return lead.slice(start, end);
}

/** The clause without its date phrase and leading adverbials, in its original casing and quotes. */
export function mainClause(clause: string, mention: DateMention | undefined): string {
  let text = clause;
  if (mention?.anniversary) text = text.replace(/^.*?\bmarks\s+the\s+|^(?:today|this day)\b,?\s*/i, '');
  else if (mention?.observance)
    text = text.replace(/^.*?\b(?:is|marks|will mark|celebrates)\s+(?:the\s+)?(?=[A-Z])/, '');
  else if (mention && mention.relativeToAnchor === undefined)
    // A quotation's opening mark left before the comma that closed the date ('"On December 4, ahead of',
    // '"Between September 26 and 30, troops').
    text = withoutDatePhrase(text, mention.text).replace(/^\s*["“«]\s*(?=(?:\w+\s*)?,)/, '');
  text = tidy(text).replace(TRAILING_SOURCE, '');
  // "In the Strategy adopted [in October 2016], member states agreed ...": the date belongs to the act
  // in the opening phrase, so that act is the event.
  const act = DATED_ACT_OPENING.exec(text);
  if (act) return capitalise(`${act[1]} ${act[2]}`);
  for (let stripped = true; stripped;) {
    stripped = false;
    // Each adverbial that does not match leaves the same tidy(text): computed once per text.
    let retidied: string | undefined;
    for (const strip of LEADING_OPENINGS) {
      const cut = strip(text);
      const rest = cut === text ? (retidied ??= tidy(text)) : tidy(cut);
      // Never strip the whole clause: a bare "In Moscow, talks." keeps something to name.
      if (rest !== text && /\s/.test(rest)) [text, stripped, retidied] = [rest, true, undefined];
    }
  }
  return capitalise(text);
}

/** `people`: the passage's, whose roles a long title may leave out. */
export function titleFromClause(main: string, clause: string, people: readonly Person[]): string {
  return shortTitle(main || tidy(clause) || 'Untitled passage', MAX_TITLE, people);
}

/** A title naming the event by its noun phrase in the main clause, when the type's cue is such a noun. */
export function titleFromEventPhrase(
  main: string,
  type: EventType,
  people: readonly Person[],
): string | null {
  const cue = typeCue(type);
  const phrase = cue ? eventPhrase(main, cue) : null;
  // A bare noun ("Negotiations") names no event: the clause says more.
  return phrase && phrase.split(/\s+/).length >= MIN_PHRASE_WORDS
    ? shortTitle(phrase, MAX_NAME_TITLE, people)
    : null;
}

// A next sentence that refers back to the event completes a sentence that reports it.
const REFERS_BACK =
  /^(?:Its|They|Their|This|These|The (?:event|meeting|conference|forum|parties|sides|participants|document|training|exercise|talks|consultations))\b/;

/**
 * The sentences that report the event: the one holding its date (without one, the lead's first) and the
 * next one when the first is short or, for a dated sentence, when the next refers back to it.
 */
export function reportingSentences(lead: string, mention: DateMention | undefined): string[] {
  const spans = sentenceSpans(lead);
  const at = mention ? spans.findIndex((s) => mention.index >= s.start && mention.index < s.end) : 0;
  const own = spans[Math.max(at, 0)];
  if (!own) return [lead];
  const sentence = lead.slice(own.start, own.end);
  const next = spans[Math.max(at, 0) + 1];
  const nextText = next ? lead.slice(next.start, next.end) : '';
  const completes =
    nextText && (sentence.length < SHORT_SENTENCE || (mention !== undefined && REFERS_BACK.test(nextText)));
  return completes ? [sentence, nextText] : [sentence];
}

export function summaryOf(sentences: readonly string[]): string {
  return truncateAtWord(sentences.join(' '), MAX_SUMMARY);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The clause without its date phrase. A possessive date ("This year's exercise") is part of the noun
 * phrase and stays; a participle the date leaves alone ("Running [from 1 to 5 May], the drills ...") goes.
 */
function withoutDatePhrase(clause: string, dateText: string): string {
  const at = clause.indexOf(dateText);
  if (at < 0) return clause;
  const after = clause.slice(at + dateText.length);
  if (/^['’]s\b/.test(after)) return clause;
  const before = clause.slice(0, at);
  if (/^\s*[A-Z][a-z]+ing\s*$/.test(before) && /^\s*,/.test(after)) return after.replace(/^\s*,\s*/, '');
  return `${before} ${after}`;
}
