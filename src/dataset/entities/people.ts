// People and their roles. A capitalised name counts as a person only in a context that says so: a role
// before it ("CSTO Secretary General Imangali Tasmagambetov"), a role in apposition after it ("Ruslan
// Mirzaev, the Director of ..."), or a verb of speaking or taking part right after it.
import type { Person } from '../../schema/dataset.ts';
import { MONTH_NAMES } from '../dates/months.ts';
import { countryNames } from './countries.ts';
import { PLACES } from './places.ts';

const ROLE_WORD =
  /\b(?:Secretary|Chief|Head|Director|Minister|Chairman|Chairperson|Chair|President|Ambassador|Representative|Counsell?or|Commander|Spokes(?:man|person|woman)|Envoy|Coordinator|Advis[eo]r|Officer|Deputy|General|Colonel|Lieutenant|Admiral|Premier|Speaker|Governor|Mayor|Attaché)\b/i;
const RANK_ONLY =
  /^(?:(?:Lieutenant|Major|Colonel|Army|Police|Brigadier)[- ])?(?:General|Colonel|Major|Captain|Admiral)(?: of (?:Police|Justice|the Army))?$/;
const SPEECH_OR_PART =
  /^\s+(?:said|told|noted|stated|stressed|emphasi[sz]ed|expressed|spoke|focused|took part|urged|announced|added|pointed out|welcomed|visited|met|chaired|signed|opened|addressed|presented|delivered)\b/;
const NOT_A_NAME = new Set([
  ...'The A An On In At By For From Of To And With As This That These Those Its His Her Their It He She They We I'.split(
    ' ',
  ),
  ...'Secretary Secretaries General Chief Head Deputy Director Minister Ministers President Chairman Ambassador Representative Counselor Counsellor Commander Colonel Lieutenant Major Captain Admiral Army Police Officer Spokesman'.split(
    ' ',
  ),
  ...'Organization Organisation Council Councils Committee Secretariat Staff Forces Force Center Centre Structure Assembly Ministry Department Academy Institute Headquarters Republic Federation Union Nations States State Security Collective Treaty Joint Regional International National Main Interior Executive Permanent Plenipotentiary Embassy Press Day Strategy Agreement Position Plan Parties Party Mission Operation Office Directorate Service Services Affairs Defense Defence Foreign Internal Emergency Emergencies Anti Counter Terrorism Terrorist Antiterrorist Commonwealth Independent Cooperation Shanghai United Nonprofit Autonomous Research Studies School Diplomacy Diplomatic University Universities Central Eastern Western Northern Southern East West North South European Asian Eurasian Global High Level Conference Forum Session Summit Crisis Response Rapid Reaction Management Special Competent Authorities Member Illegal Migration Public Plenary Extraordinary Working Group City Channel Proxy Commission Commissions Troops Guard Border Duma Parliament Interstate Rector Museum Prize Arts Martial Combined Countering Challenges Threats Court Police Illicit Drug Drugs Trafficking Meeting Coordination Coordinating Consultative Advisory'.split(
    ' ',
  ),
  ...MONTH_NAMES,
]);

const TOKEN = String.raw`(?:(?:[A-Z]\.){1,3}|[A-Z][a-z'’]+(?:-[A-Z]?[a-z]+)*|[A-Z]{2,})`;
const RUN = new RegExp(String.raw`${TOKEN}(?:\s+${TOKEN})*`, 'g');
const ROLE_PHRASE_BEFORE = /((?:(?:[A-Z][\w’'-]*|of|the|and|for|on|to)\s+)+)$/;
const ABBREVIATED_RANK = /\b(?:(?:Maj|Lt|Col|Brig|Adm|Gen)\.[ -]?)+\s*$/;
const APPOSITION = /^,\s+(?:the\s+)?([A-Z][^,.;:()]{2,180}?)(?=,|\.(?:\s|$)|;|\s\(|$)/;

let placeWords: Set<string> | null = null;

export function findPeople(text: string): Person[] {
  const people: Person[] = [];
  for (const run of text.matchAll(RUN)) {
    const found = personInRun(text, run.index, run[0]);
    if (!found) continue;
    const known = people.find((p) => p.name === found.name);
    if (!known) people.push(found);
    else if (!known.role && found.role) known.role = found.role;
  }
  return people;
}

function personInRun(text: string, runStart: number, run: string): Person | null {
  const tokens = [...run.matchAll(/\S+/g)];
  let first = tokens.length;
  while (first > 0 && isNameToken(tokens[first - 1]![0])) first--;
  const nameTokens = tokens.slice(Math.max(first, tokens.length - 3)).map((t) => t[0]);
  const isInitialAndSurname =
    nameTokens.length === 2 && /^(?:[A-Z]\.)+$/.test(nameTokens[0]!) && !/\.$/.test(nameTokens[1]!);
  const hasInitialsOnly =
    nameTokens.filter((t) => /^(?:[A-Z]\.)+$/.test(t)).length > (isInitialAndSurname ? 1 : 0);
  if (nameTokens.length < 2 || (hasInitialsOnly && !/^[A-Z]\./.test(nameTokens[0]!))) return null;
  const nameStart = runStart + tokens[tokens.length - nameTokens.length]!.index;
  const nameEnd = runStart + run.length;
  const name = nameTokens.join(' ');
  const before = text.slice(Math.max(0, nameStart - 300), nameStart);
  // "Maj. Gen. A B": an abbreviated rank marks an officer; the role is what precedes the rank.
  const rank = ABBREVIATED_RANK.exec(before);
  const role = roleAfter(text.slice(nameEnd)) ?? roleBefore(rank ? before.slice(0, rank.index) : before);
  if (role !== null) return { name, role };
  return rank || SPEECH_OR_PART.test(text.slice(nameEnd, nameEnd + 30)) ? { name, role: null } : null;
}

function isNameToken(token: string): boolean {
  if (/^[A-Z]{2,}$/.test(token)) return false;
  if (/^(?:[A-Z]\.)+$/.test(token)) return true;
  if (token.split('-').some((part) => NOT_A_NAME.has(part))) return false;
  return !placeLikeWords().has(token);
}

function placeLikeWords(): Set<string> {
  placeWords ??= new Set([...countryNames().keys(), ...Object.keys(PLACES)].flatMap((n) => n.split(/\s+/)));
  return placeWords;
}

function roleAfter(after: string): string | null {
  const m = APPOSITION.exec(after);
  // "A, the President of X B, the President of Y": a list of people, not A's role.
  return m && ROLE_WORD.test(m[1]!) && otherName(m[1]!) < 0 ? cleanRole(m[1]!) : null;
}

/** Where another person's name (two name words in a row) starts inside a role phrase, or -1. */
function otherName(phrase: string): number {
  const words = [...phrase.matchAll(/\S+/g)];
  for (let i = words.length - 2; i >= 0; i--) {
    const [a, b] = [words[i]![0], words[i + 1]![0]];
    if (/^[A-Z]/.test(a) && /^[A-Z]/.test(b) && !ROLE_WORD.test(a) && !ROLE_WORD.test(b))
      if (isNameToken(a) && isNameToken(b)) return words[i]!.index;
  }
  return -1;
}

/** A role phrase before a name, without an earlier person it ran into ("... Samat Ordabaev and the"). */
function afterOtherName(phrase: string): string {
  const surname = /^.*\b([A-Z][a-z’'-]+)\s+and\s+(.*)$/.exec(phrase);
  if (surname && isNameToken(surname[1]!) && !ROLE_WORD.test(surname[1]!)) return cleanRole(surname[2]!);
  const at = otherName(phrase);
  if (at < 0) return phrase;
  const rest = /\s(?:and|,)\s(.*)$/.exec(phrase.slice(at));
  return rest ? cleanRole(rest[1]!) : '';
}

function roleBefore(before: string): string | null {
  const match = ROLE_PHRASE_BEFORE.exec(before);
  const phrase = afterOtherName(cleanRole(match?.[1] ?? ''));
  if (phrase && !RANK_ONLY.test(phrase) && ROLE_WORD.test(phrase)) return phrase;
  // "The Chief of the Joint Staff, Colonel-General A. B." or "its Secretary General, A. B.": the role is
  // the phrase before the comma.
  const rankOnly = phrase !== '' && RANK_ONLY.test(phrase);
  if (!rankOnly && !(match === null && /,\s*$/.test(before))) return null;
  const beforeRank = before.slice(0, before.length - (match?.[1]?.length ?? 0));
  const earlier = afterOtherName(
    cleanRole(
      /((?:(?:[A-Z][\w’'-]*|of|the|and|for|on|to)\s+)*[A-Z][\w’'-]*),\s*$/.exec(beforeRank)?.[1] ?? '',
    ),
  );
  return earlier && ROLE_WORD.test(earlier) && !RANK_ONLY.test(earlier) ? earlier : null;
}

function cleanRole(phrase: string): string {
  return phrase
    .trim()
    .replace(/^(?:(?:the|of|and|for|on|to)\s+)+/i, '')
    .replace(/(?:\s+(?:the|of|and|for|on|to))+$/i, '')
    .replace(/\s+(?:Colonel|Lieutenant|Major|Army)[- ]General$/, (rank, at: number, all: string) =>
      ROLE_WORD.test(all.slice(0, at)) ? '' : rank,
    )
    .trim();
}
