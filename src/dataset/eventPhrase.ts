// The event a sentence reports, named by its noun phrase: "a high-level anti-terrorism conference" plus
// its complements ("of the CSTO member states", "on arms control") and where it was held ("in New York").
// Articles mention their dated facts inside sentences about something else ("A landmark event ... was
// the holding in 2017 in Moscow of a meeting of ..."), so the sentence's opening does not name the event.
import { PLACES } from './entities/places.ts';

/** Lower-case words that still modify the event noun on its left ("joint", "high-level", "command-staff"). */
const MODIFIER = /^[a-z][a-z-]*$/;
const NAME_WORD = /^[A-Z][A-Za-z-]*$/;
const OPENS_WITH_CIRCUMSTANCE = /^(?:In|At|On|Under|During|Within|According to|Following)\s/;
// "in Moscow", "in the city of Osh": where a clause says its event was held.
const HELD_IN = Object.keys(PLACES).map((place) => ({
  place,
  pattern: new RegExp(String.raw`\bin (?:the city of )?${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`),
}));
/** Left-hand words that end the phrase: determiners, prepositions, verbs and the like. */
const NOT_A_MODIFIER = new Set(
  'a an the this that these those its their his her our of in on at to for from by with and or as was were is are be been being has have had became become becomes held took'.split(
    ' ',
  ),
);

// Where the complements end: another clause, another act ("and the signing of ..."), or circumstances
// that describe rather than name the event. A comma before a noun continues a list ("the OSCE, the CIS").
const COMPLEMENT_END =
  /[;:]|,\s+(?:which|who|where|when|while|including|during|after|before|with|in|at|on|under|as|but|so|having|being)\b|\s(?:was|were|is|are|has|have|had|took|takes|will|which|that|who|where|when|became|to be)\b|\s(?:and|as well as)\s+(?:the|a|an)\s+\w+ing\b|\s(?:with|in) (?:the )?participation\b|\s(?:in which|during which)\b/;
// Circumstances inside the complements that do not name the event.
const CIRCUMSTANCE =
  /\s(?:under the chairmanship|at the initiative|under the auspices|on the initiative) of [^,;:]*?(?=\s(?:on|in|at|with|between)\s|[,;:]|$)/g;
// "on the theme: "On topical issues of X"" names the topic without the quotation's frame.
const THEME =
  /\bon the (?:theme|topic|subject)\s*:?\s*["“«]?(?:On\s+)?(?:(?:topical|current|relevant) issues of\s+)?([^"”»]+)["”»]?/i;
/** Cue words that are verbs here, not the event's noun. */
const VERB_CUE = /(?:ed|^met|^meet|^told|^said|^sign|^signs|^visits?)$/i;

/**
 * The event's noun phrase in `clause`, built around a match of `cue` (the classifier's cue for the
 * event's type), or null when the cue is not a noun a phrase can be built around. A clause that opens
 * with a circumstance ("In accordance with the Plan of consultations ..., consultations ... were held")
 * names its event last, so the last match is taken there; otherwise the first.
 */
export function eventPhrase(clause: string, cue: RegExp): string | null {
  const matches = [...clause.matchAll(new RegExp(cue.source, cue.flags.replace('g', '') + 'g'))];
  const found = opensWithCircumstance(clause) ? matches.at(-1) : matches[0];
  if (!found || VERB_CUE.test(found[0])) return null;
  const modifiers = modifiersBefore(clause.slice(0, found.index), /^[A-Z]/.test(found[0]));
  const tail = clause
    .slice(found.index + found[0].length)
    .replace(THEME, 'on $1')
    .replace(CIRCUMSTANCE, '');
  const end = tail.search(COMPLEMENT_END);
  const complements = (end < 0 ? tail : tail.slice(0, end)).replace(/[\s.,;:]+$/, '');
  if (!/^(?:\s+(?:of|on|with|between|for|in|among|at)\b|\s+["“«]|$)/.test(complements)) return null;
  let phrase = [...modifiers, found[0]].join(' ') + complements;
  const place = placeOf(clause);
  if (place && !phrase.includes(place)) phrase += ` in ${place}`;
  return capitalise(phrase.replace(/\s{2,}/g, ' ').trim());
}

/**
 * The words right before the event noun that modify it: lower-case ones ("joint", "high-level"), and
 * for a noun written as a name ("Strategy") the capitalised words of that name too.
 */
function modifiersBefore(text: string, nounIsName: boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const modifiers: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const modifies = MODIFIER.test(word) || (nounIsName && NAME_WORD.test(word));
    if (!modifies || NOT_A_MODIFIER.has(word) || /ed$/.test(word)) break;
    modifiers.unshift(word);
  }
  return modifiers;
}

/** A clause that opens with a circumstance of place, time or reason, before its subject. */
export const opensWithCircumstance = (clause: string): boolean => OPENS_WITH_CIRCUMSTANCE.test(clause);

/** The first gazetteer place the clause says the event was "in". */
function placeOf(clause: string): string | undefined {
  return HELD_IN.find(({ pattern }) => pattern.test(clause))?.place;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
