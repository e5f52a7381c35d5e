// Passage → organisations, countries and places, by the registries in this folder.
import { countryNames } from './countries.ts';
import { nameMatcher, type NameMatcher } from './nameMatcher.ts';
import { NOT_AFTER_ANOTHER_NAME } from './organizationNames.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { PLACES } from './places.ts';

export { findPeople } from './people.ts';
export { ORGANIZATIONS } from './organizations.ts';
export { countryName } from './countries.ts';

export interface Mentions {
  organizations: string[];
  countries: string[];
  places: string[];
}

interface Match {
  start: number;
  end: number;
  id: string;
}

const EDGE_BEFORE = String.raw`(?<![A-Za-z0-9])`;
const EDGE_AFTER = String.raw`(?![A-Za-z0-9])`;
// A body named only as the author of a cited document ("UN Security Council resolution 2354") is not a
// participant of the event.
const CITED_DOCUMENT = /^\s+(?:resolutions?|Global Counter-Terrorism Strategy)\b/;

const aliasesOf = (aliases: readonly string[]) => `${EDGE_BEFORE}(?:${aliases.join('|')})${EDGE_AFTER}`;
// One pass of every alias together finds where some body may be named; only there is each body's own
// pattern tried (sticky), instead of one pass over the text per body. The finder may find too much: it
// leaves out the guard against another body's name before a bare one, which is slow to try everywhere.
// Most names start with a capital letter, so the finder asks for one first, which rules out most of a
// text's word starts at once; the few aliases written to start in either case ("[Ss]ecretariat") go apart.
const FINDER_ALIASES = ORGANIZATIONS.flatMap((o) => o.aliases).map((a) =>
  a.replaceAll(NOT_AFTER_ANOTHER_NAME, ''),
);
const startsInEitherCase = (alias: string) => /^(?:\[[A-Z][a-z]\]|[a-z])/.test(alias);
const ANY_ORGANIZATION = new RegExp(
  aliasesOf([
    `(?=[A-Z])(?:${FINDER_ALIASES.filter((a) => !startsInEitherCase(a)).join('|')})`,
    ...FINDER_ALIASES.filter(startsInEitherCase),
  ]),
  'g',
);
const ORGANIZATION_PATTERNS = ORGANIZATIONS.map((o) => ({
  id: o.id,
  pattern: new RegExp(aliasesOf(o.aliases), 'y'),
}));
const PARENT = new Map(ORGANIZATIONS.map((o) => [o.id, o.parent]));

let countries: { match: NameMatcher; byName: Map<string, string> } | null = null;
const matchPlaces = nameMatcher(Object.keys(PLACES));

export function findMentions(text: string): Mentions {
  const organizationMatches = longestFirst(organizationsIn(text));
  const participants = organizationMatches.filter((m) => !CITED_DOCUMENT.test(text.slice(m.end, m.end + 40)));
  // Country and city names inside an organisation's name ("Shanghai Cooperation Organization") do not
  // place the event.
  const rest = blank(text, organizationMatches);
  const { match, byName } = getCountries();
  const countryMatches = match(rest).map((m) => byName.get(m.name)!);
  const places = matchPlaces(rest).map((m) => m.name);
  return {
    organizations: withParents(participants.map((m) => m.id)),
    countries: unique([...countryMatches, ...places.map((p) => PLACES[p]!)]),
    places: unique(places),
  };
}

/** The bodies a text names, by registry id, without their parents; where names overlap the longest counts. */
export function organizationsNamed(text: string): string[] {
  return unique(longestFirst(organizationsIn(text)).map((m) => m.id));
}

/** Every body's matches; longer and shorter ones may overlap (`longestFirst` chooses). */
function organizationsIn(text: string): Match[] {
  const found: Match[] = [];
  ANY_ORGANIZATION.lastIndex = 0;
  for (let hit = ANY_ORGANIZATION.exec(text); hit; hit = ANY_ORGANIZATION.exec(text)) {
    for (const { id, pattern } of ORGANIZATION_PATTERNS) {
      pattern.lastIndex = hit.index;
      const m = pattern.exec(text);
      if (m) found.push({ start: m.index, end: m.index + m[0].length, id });
    }
    ANY_ORGANIZATION.lastIndex = hit.index + 1;
  }
  return found;
}

function getCountries() {
  if (!countries) {
    const byName = countryNames();
    countries = { match: nameMatcher(byName.keys()), byName };
  }
  return countries;
}

function longestFirst(matches: Match[]): Match[] {
  const kept: Match[] = [];
  for (const m of [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function withParents(ids: string[]): string[] {
  const all: string[] = [];
  for (const id of ids) {
    for (let at: string | null | undefined = id; at; at = PARENT.get(at)) all.push(at);
  }
  return unique(all);
}

function blank(text: string, spans: Match[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
